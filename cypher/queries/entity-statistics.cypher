// The statistics the articles give about a place, organization or other entity:
// metric, value, unit, the year it refers to, whether it is approximate, and how
// many articles give it.
// Parameters: $name (string) — the entity's name.
MATCH (subject {name: $name})-[:HAS_STATISTIC]->(s:Statistic)
RETURN s.metric AS metric, s.value AS value, s.unit AS unit, s.year AS year,
       coalesce(s.approx, false) AS approx, size(s.articles) AS articles
ORDER BY metric, year
