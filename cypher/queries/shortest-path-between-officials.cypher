// The shortest chain of stated relations between two people (posts, places,
// programs, cooperation, events; mentions by the same article do not count).
// Parameters: $from (string) — one person's name; $to (string) — the other's.
MATCH (a:Person {name: $from}), (b:Person {name: $to})
MATCH path = shortestPath(
  (a)-[:HOLDS_POSITION|LOCATED_IN|COOPERATES_WITH|VISITED|PARTICIPATED_IN|IMPLEMENTS|OCCURRED_IN|HELD_IN*..12]-(b)
)
RETURN [n IN nodes(path) | n.name] AS chain, [r IN relationships(path) | type(r)] AS relations,
       length(path) AS hops
