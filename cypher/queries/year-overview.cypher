// What the articles tie to one year: the events and programs that took place
// in it, and the statistics that refer to it.
// Parameters: $year (integer) — the year, e.g. 2021.
MATCH (year:Year {name: toString($year)})
CALL (year) {
  MATCH (what)-[:OCCURRED_IN]->(year)
  RETURN labels(what)[0] AS kind, what.name AS what, null AS figure
  UNION ALL
  MATCH (subject)-[:HAS_STATISTIC]->(s:Statistic)-[:IN_YEAR]->(year)
  RETURN 'Statistic' AS kind, subject.name + ' ' + s.metric AS what,
         s.figure AS figure
}
RETURN kind, what, figure
ORDER BY kind, what
