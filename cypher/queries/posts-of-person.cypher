// Every post a person holds or held, at which place or organization, and the
// articles that say so.
// Parameters: $person (string) — the person's full name.
MATCH (person:Person {name: $person})-[post:HOLDS_POSITION]->(body)
OPTIONAL MATCH (article:Article)
WHERE article.id IN post.articles
WITH person, post, body, collect(article.title) AS articles
RETURN post.title AS post, body.name AS at, [label IN labels(body) WHERE label <> 'Place'][0] AS kind,
       articles
ORDER BY at, post
