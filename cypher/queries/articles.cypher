// The articles in the graph: date, source, title, authors, and how many
// entities, relations and statistics each contributes.
// Parameters: none.
MATCH (article:Article)
RETURN article.id AS article, article.date AS date, article.source AS source,
       article.title AS title, article.authors AS authors,
       COUNT { (article)-[:MENTIONS]->() } AS entities,
       COUNT { (article)-[:MENTIONS]->()-[r]->() WHERE article.id IN r.articles } AS relations,
       COUNT { (article)-[:MENTIONS]->()-[:HAS_STATISTIC]->(s) WHERE article.id IN s.articles }
         AS statistics
ORDER BY article
