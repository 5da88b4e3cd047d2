// Who held posts at a place and at the places and organizations within it, over
// time: each post with its status, the years it was taken up and left where the
// text says, and the first date an article states it, oldest first.
// Parameters: $place (string) — the place's name or one of its aliases.
MATCH (place:Place) WHERE place.name = $place OR $place IN coalesce(place.aliases, [])
MATCH (body)-[:LOCATED_IN*0..5]->(place)
WHERE body:Place OR body:Organization
WITH DISTINCT body
MATCH (person:Person)-[post:HOLDS_POSITION]->(body)
WITH person, post, body, [d IN coalesce(post.asOf, []) WHERE d <> ''] AS dates
WITH person, post, body,
     reduce(first = null, d IN dates | CASE WHEN first IS NULL OR d < first THEN d ELSE first END) AS asOf
RETURN coalesce(post.since, left(asOf, 4)) AS year, person.name AS official,
       person.key AS person, post.title AS post, body.name AS at, post.status AS status,
       post.since AS since, post.until AS until, asOf AS as_of
ORDER BY year, as_of, at, official, post
