// Which officials broker between others: persons holding a post, ranked by
// betweenness in the whole entity graph (written by `kg analyze`), with their
// posts, PageRank and community.
// Parameters: $limit (integer, default 10) — how many officials
MATCH (p:Person)-[h:HOLDS_POSITION]->(body)
WHERE p.betweenness IS NOT NULL
WITH p, collect(DISTINCT body.name + coalesce(' ' + h.title, '')) AS posts
RETURN p.name AS official, p.betweenness AS betweenness, p.pagerank AS pagerank,
       p.degree AS degree, p.community AS community, posts
ORDER BY betweenness DESC, pagerank DESC, official
LIMIT $limit
