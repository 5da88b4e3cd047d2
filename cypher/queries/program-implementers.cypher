// Everything that implements a program (places, organizations, people), with
// its kind and the province it lies in when known.
// Parameters: $program (string) — the program's name.
MATCH (actor)-[:IMPLEMENTS]->(:Program {name: $program})
OPTIONAL MATCH (actor)-[:LOCATED_IN*0..5]->(province:Province)
RETURN actor.name AS implementer, [label IN labels(actor) WHERE label <> 'Place'][0] AS kind,
       collect(DISTINCT province.name) AS province
ORDER BY kind, implementer
