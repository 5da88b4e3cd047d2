// The officials of a village (or community) and their posts, with the articles
// that name them.
// Parameters: $village (string) — the village's name or one of its aliases.
MATCH (village:Village)
WHERE village.name = $village OR $village IN coalesce(village.aliases, [])
MATCH (person:Person)-[post:HOLDS_POSITION]->(village)
OPTIONAL MATCH (article:Article)
WHERE article.id IN post.articles
WITH village, person, post, collect(article.title) AS articles
RETURN village.name AS village, person.name AS official, post.title AS post, articles
ORDER BY official, post
