// Everything the articles state about a place, each fact with its sources: who
// holds posts there, what it implements, who it cooperates with, who visited,
// what was held there, where it lies, and its statistics. One row per fact and
// supporting article, with the supporting sentences when extraction kept them.
// Parameters: $place (string) — the place's name or one of its aliases.
MATCH (place:Place)
WHERE place.name = $place OR $place IN coalesce(place.aliases, [])
CALL (place) {
  MATCH (place)-[r]-()
  WHERE r.articles IS NOT NULL
  RETURN startNode(r).name AS subject, type(r) AS relation, endNode(r).name AS object,
         coalesce(r.title, r.via, r.date, r.role) AS detail,
         r.articles AS articles, r.quoteArticles AS quoteArticles, r.quotes AS quotes
  UNION ALL
  MATCH (place)-[:HAS_STATISTIC]->(s:Statistic)
  RETURN place.name AS subject, 'HAS_STATISTIC' AS relation, s.metric AS object,
         s.figure + coalesce(' (' + toString(s.year) + ')', '') AS detail,
         s.articles AS articles, s.quoteArticles AS quoteArticles, s.quotes AS quotes
}
UNWIND articles AS articleId
MATCH (article:Article {id: articleId})
RETURN subject, relation, object, detail, article.title AS source, article.date AS date,
       [i IN range(0, size(coalesce(quotes, [])) - 1) WHERE quoteArticles[i] = articleId | quotes[i]]
         AS sentences
ORDER BY relation, subject, object, detail, source
