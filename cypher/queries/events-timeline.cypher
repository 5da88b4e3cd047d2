// The timeline: events and programs with the years they took place in and
// where they were held, earliest first.
// Parameters: none.
MATCH (what)-[:OCCURRED_IN]->(year:Year)
WHERE what:Event OR what:Program
OPTIONAL MATCH (what)-[:HELD_IN]->(place)
RETURN year.name AS year, what.name AS what, labels(what)[0] AS kind,
       collect(DISTINCT place.name) AS held_in
ORDER BY year, kind, what
