// The entities named in the most articles, of any type or of one type.
// Parameters: $type (string, default any) — an entity type of the spec (Village,
// Person, Program, …) or "any"; $limit (integer, default 10) — how many.
MATCH (article:Article)-[:MENTIONS]->(entity)
WHERE $type = 'any' OR $type IN labels(entity)
WITH entity, count(DISTINCT article) AS articles
RETURN entity.name AS name, [label IN labels(entity) WHERE label <> 'Place'][0] AS kind, articles
ORDER BY articles DESC, name
LIMIT $limit
