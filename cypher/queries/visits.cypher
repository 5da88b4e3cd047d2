// Who visited which place and when, with the article that reports it.
// Parameters: none.
MATCH (person:Person)-[visit:VISITED]->(place)
UNWIND visit.articles AS articleId
MATCH (article:Article {id: articleId})
RETURN person.name AS visitor, place.name AS place, visit.date AS date,
       article.title AS source
ORDER BY date, visitor, place
