// Who took part in an event and in what role, with the posts they hold.
// Parameters: $event (string) — the event's name.
MATCH (person:Person)-[part:PARTICIPATED_IN]->(:Event {name: $event})
OPTIONAL MATCH (person)-[post:HOLDS_POSITION]->(body)
WITH person, part, collect(post.title + '@' + body.name) AS posts
RETURN person.name AS participant, part.role AS role, posts
ORDER BY participant
