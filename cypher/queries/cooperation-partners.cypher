// Who a place or organization cooperates with, in what form (党建联建, 党建联盟,
// …), and in how many articles.
// Parameters: $name (string) — the place's or organization's name.
MATCH (entity {name: $name})-[r:COOPERATES_WITH]-(partner)
RETURN partner.name AS partner, [label IN labels(partner) WHERE label <> 'Place'][0] AS kind,
       r.via AS via, size(r.articles) AS articles
ORDER BY via, partner
