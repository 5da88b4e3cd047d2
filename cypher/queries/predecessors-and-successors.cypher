// Predecessors and successors: for each post of a person, everyone who held the
// same post (the same title) at the same place or organization, ordered by time
// (the year taken up where the text says, else the first date an article states it).
// Parameters: $person (string) — the person's full name.
MATCH (person:Person {name: $person})-[mine:HOLDS_POSITION]->(body)
WITH DISTINCT person, body, mine.title AS post
MATCH (holder:Person)-[held:HOLDS_POSITION {title: post}]->(body)
WITH person, body, post, holder, held,
     [d IN coalesce(held.asOf, []) WHERE d <> ''] AS dates
WITH person, body, post, holder, held,
     reduce(first = null, d IN dates | CASE WHEN first IS NULL OR d < first THEN d ELSE first END) AS asOf
RETURN body.name AS at, post, holder.name AS holder, holder.key = person.key AS this_person,
       held.status AS status, held.since AS since, held.until AS until, asOf AS as_of
ORDER BY at, post, coalesce(since, left(as_of, 4)), as_of, holder
