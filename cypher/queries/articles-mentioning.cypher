// The articles that mention an entity (by name or alias), with their date and
// source, and how often and in which sentences they mention it.
// Parameters: $name (string) — the entity's name or one of its aliases.
MATCH (article:Article)-[m:MENTIONS]->(entity)
WHERE entity.name = $name OR $name IN coalesce(entity.aliases, [])
RETURN article.id AS article, article.title AS title, article.date AS date,
       article.source AS source,
       [label IN labels(entity) WHERE label <> 'Place'][0] AS kind,
       size(coalesce(m.sentences, [])) AS mentions, m.sentences AS sentences
ORDER BY article
