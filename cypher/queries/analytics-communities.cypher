// The communities Louvain found in one projection, largest first: size, what
// ties them together and their most central members.
// Parameters: $projection (string, default entity) — entity, cooperation, person-place-program
// or co-mention; $limit (integer, default 10) — how many communities
MATCH (c:Community {projection: $projection})<-[m:IN_COMMUNITY]-(n)
WITH c, n ORDER BY m.rank DESC, n.name
WITH c, collect(n.name) AS members
RETURN c.id AS community, c.size AS size, c.ties AS ties, members[0..10] AS central_members,
       c.modularity AS modularity
ORDER BY size DESC, community
LIMIT $limit
