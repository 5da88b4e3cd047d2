// A person's career: every post over time, with its status (current, former,
// designate), the years it was taken up and left where the text says, the first
// date an article states it, and those articles. Namesakes (persons of one name
// that nothing ties together) come apart, each with its own id.
// Parameters: $person (string) — the person's full name.
MATCH (person:Person {name: $person})-[post:HOLDS_POSITION]->(body)
WITH person, post, body, [d IN coalesce(post.asOf, []) WHERE d <> ''] AS dates
WITH person, post, body,
     reduce(first = null, d IN dates | CASE WHEN first IS NULL OR d < first THEN d ELSE first END) AS asOf
RETURN person.key AS person, post.title AS post, body.name AS at,
       [label IN labels(body) WHERE label <> 'Place'][0] AS kind,
       post.status AS status, post.since AS since, post.until AS until, asOf AS as_of,
       post.articles AS articles
ORDER BY person, coalesce(since, as_of), as_of, at, post
