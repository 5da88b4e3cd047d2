// Which counties carry out a program: counties that implement it themselves and
// counties holding a township, village or organization that does (by LOCATED_IN,
// stated or from the division list).
// Parameters: $program (string) — the program's name.
MATCH (program:Program {name: $program})<-[:IMPLEMENTS]-(actor)
MATCH (actor)-[:LOCATED_IN*0..4]->(county:County)
RETURN county.name AS county, collect(DISTINCT actor.name) AS through
ORDER BY county
