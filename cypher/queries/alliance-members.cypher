// The villages (and other places or organizations) of the alliances a member
// belongs to: everyone linked to it by cooperation of the same kind (党建联盟,
// 党建联建, …), directly or through other members; one row per alliance and member.
// Parameters: $member (string) — the name of one member, e.g. a village.
MATCH (start)
WHERE (start:Place OR start:Organization) AND start.name = $member
MATCH (start)-[first:COOPERATES_WITH]-()
WITH DISTINCT start, first.via AS via
MATCH path = (start)-[:COOPERATES_WITH*1..8]-(other)
WHERE all(r IN relationships(path) WHERE r.via = via)
WITH via, start, collect(DISTINCT other) AS others
UNWIND [start] + others AS member
RETURN DISTINCT via AS alliance, member.name AS member,
       [label IN labels(member) WHERE label <> 'Place'][0] AS kind
ORDER BY alliance, member
