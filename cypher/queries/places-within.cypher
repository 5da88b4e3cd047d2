// The places that lie within a place (townships, villages, … at any depth),
// from the division list and the articles, with their level and division code.
// Parameters: $place (string) — the containing place's name.
MATCH (outer:Place {name: $place})<-[:LOCATED_IN*1..4]-(inner:Place)
RETURN DISTINCT inner.name AS place, [label IN labels(inner) WHERE label <> 'Place'][0] AS level,
       inner.adminCode AS code
ORDER BY code, place
