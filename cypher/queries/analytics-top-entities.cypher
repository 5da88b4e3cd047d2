// The most central entities of one type by PageRank in the whole entity graph
// (written by `kg analyze`), with betweenness, degree and community.
// Parameters: $type (string, default Village) — an entity type of the spec (Village, Person,
// Organization, Program, …); $limit (integer, default 10) — how many entities
MATCH (n)
WHERE $type IN labels(n) AND n.pagerank IS NOT NULL
RETURN n.name AS name, n.pagerank AS pagerank, n.betweenness AS betweenness,
       n.degree AS degree, n.community AS community
ORDER BY pagerank DESC, name
LIMIT $limit
