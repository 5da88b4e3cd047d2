// Which articles support a relation between two named entities: the relation,
// its detail (post, kind of cooperation, date, role), and each supporting article
// with its date, source and sentences.
// Parameters: $head (string) — the name at the relation's start (e.g. a person);
// $tail (string) — the name at its end (e.g. a village).
MATCH (head {name: $head})-[r]-(tail {name: $tail})
WHERE r.articles IS NOT NULL AND (startNode(r) = head OR type(r) = 'COOPERATES_WITH')
UNWIND r.articles AS articleId
MATCH (article:Article {id: articleId})
RETURN type(r) AS relation, coalesce(r.title, r.via, r.date, r.role) AS detail,
       article.id AS article, article.title AS title, article.date AS date,
       article.source AS source,
       [i IN range(0, size(coalesce(r.quotes, [])) - 1) WHERE r.quoteArticles[i] = articleId | r.quotes[i]]
         AS sentences
ORDER BY relation, article
