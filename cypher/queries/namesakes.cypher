// Namesakes: names that several persons share, each person with what tells it
// apart: its ties (the counties, cities, provinces and organizations of its
// posts), its posts and how many articles name it.
// Parameters: $limit (integer, default 20) — how many names.
MATCH (p:Person)
WITH p.name AS name, collect(p) AS persons
WHERE size(persons) > 1
WITH name, persons ORDER BY name LIMIT $limit
UNWIND persons AS person
RETURN name, person.key AS person,
       COLLECT {
         MATCH (:Article)-[m:MENTIONS]->(person)
         UNWIND coalesce(m.ties, []) AS tie
         WITH DISTINCT tie ORDER BY tie
         RETURN tie
       } AS ties,
       COLLECT {
         MATCH (person)-[post:HOLDS_POSITION]->(body)
         WITH DISTINCT post.title + '@' + body.name AS held ORDER BY held
         RETURN held
       } AS posts,
       COUNT { (:Article)-[:MENTIONS]->(person) } AS articles
ORDER BY name, person
