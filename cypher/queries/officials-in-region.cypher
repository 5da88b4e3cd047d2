// The officials of a region: everyone holding a post at the place itself or at
// any place or organization that lies within it.
// Parameters: $region (string) — the region's name (a province, city, county or township).
MATCH (region:Place {name: $region})
MATCH (body)-[:LOCATED_IN*0..5]->(region)
WHERE body:Place OR body:Organization
MATCH (person:Person)-[post:HOLDS_POSITION]->(body)
RETURN DISTINCT person.name AS official, post.title AS post, body.name AS at
ORDER BY at, official
