// Alliance clusters: the communities of the cooperation network (places and
// organizations joined by COOPERATES_WITH), with their members by type and the
// forms of cooperation (党建联建, 联盟, …) that tie them.
// Parameters: $limit (integer, default 10) — how many clusters
MATCH (c:Community {projection: 'cooperation'})<-[m:IN_COMMUNITY]-(n)
WITH c, n ORDER BY m.rank DESC, n.name
WITH c, collect(n) AS nodes
UNWIND nodes AS a
OPTIONAL MATCH (a)-[r:COOPERATES_WITH]-(b)
WHERE b IN nodes AND r.via IS NOT NULL
WITH c, nodes, collect(DISTINCT r.via) AS forms
RETURN c.id AS cluster, c.size AS size, [n IN nodes | n.name] AS members,
       [n IN nodes WHERE n:Village | n.name] AS villages,
       [n IN nodes WHERE n:Organization | n.name] AS organizations, forms
ORDER BY size DESC, cluster
LIMIT $limit
