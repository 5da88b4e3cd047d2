// The places that implement the most programs, with their level and a few of
// the programs.
// Parameters: $limit (integer, default 10) — how many places.
MATCH (place:Place)-[:IMPLEMENTS]->(program:Program)
WITH place, program ORDER BY program.name
WITH place, collect(program.name) AS programs
RETURN place.name AS place, [label IN labels(place) WHERE label <> 'Place'][0] AS level,
       size(programs) AS count, programs[0..5] AS examples
ORDER BY count DESC, place
LIMIT $limit
