// How programs spread across counties: for each program, the counties its
// implementers lie in (places and organizations through LOCATED_IN, officials
// through the place of their post), most widespread first, with the program's
// PageRank and community from `kg analyze`.
// Parameters: $limit (integer, default 20) — how many programs
MATCH (g:Program)<-[:IMPLEMENTS]-(x)
OPTIONAL MATCH (x)-[:HOLDS_POSITION|LOCATED_IN*0..5]->(county:County)
WITH g, collect(DISTINCT county.name) AS counties, count(DISTINCT x) AS implementers
RETURN g.name AS program, size(counties) AS county_count, counties, implementers,
       g.pagerank AS pagerank, g.community AS community
ORDER BY county_count DESC, implementers DESC, program
LIMIT $limit
