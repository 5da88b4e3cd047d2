// The graph's schema: one uniqueness constraint per label on the property that
// identifies a node (what the loader MERGEs on), and indexes on `name` for lookups.
// Applied by `kg neo4j init` and by the loader through applySchema(); every
// statement is idempotent (IF NOT EXISTS). Uniqueness constraints, not node keys:
// node-key constraints need Neo4j Enterprise.
//
// Keys (the loader makes them): a place's `key` is its admin code when linked,
// else made of its type and name; other entities' `key` is made of type and name
// (a Year's is its four digits); an Article is identified by its document `id`;
// Statistic and Community nodes get a `key` from the loader and the analytics.

// Places (every place also carries :Place, whose key is unique across types)
CREATE CONSTRAINT place_key IF NOT EXISTS FOR (n:Place) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT province_key IF NOT EXISTS FOR (n:Province) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT city_key IF NOT EXISTS FOR (n:City) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT county_key IF NOT EXISTS FOR (n:County) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT township_key IF NOT EXISTS FOR (n:Township) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT village_key IF NOT EXISTS FOR (n:Village) REQUIRE n.key IS UNIQUE;

// Other entities
CREATE CONSTRAINT person_key IF NOT EXISTS FOR (n:Person) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT organization_key IF NOT EXISTS FOR (n:Organization) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT program_key IF NOT EXISTS FOR (n:Program) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT event_key IF NOT EXISTS FOR (n:Event) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT year_key IF NOT EXISTS FOR (n:Year) REQUIRE n.key IS UNIQUE;

// Sources, facts and analytics
CREATE CONSTRAINT article_id IF NOT EXISTS FOR (n:Article) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT statistic_key IF NOT EXISTS FOR (n:Statistic) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT community_key IF NOT EXISTS FOR (n:Community) REQUIRE n.key IS UNIQUE;

// Name lookups for the entity labels
CREATE INDEX place_name IF NOT EXISTS FOR (n:Place) ON (n.name);
CREATE INDEX province_name IF NOT EXISTS FOR (n:Province) ON (n.name);
CREATE INDEX city_name IF NOT EXISTS FOR (n:City) ON (n.name);
CREATE INDEX county_name IF NOT EXISTS FOR (n:County) ON (n.name);
CREATE INDEX township_name IF NOT EXISTS FOR (n:Township) ON (n.name);
CREATE INDEX village_name IF NOT EXISTS FOR (n:Village) ON (n.name);
CREATE INDEX person_name IF NOT EXISTS FOR (n:Person) ON (n.name);
CREATE INDEX organization_name IF NOT EXISTS FOR (n:Organization) ON (n.name);
CREATE INDEX program_name IF NOT EXISTS FOR (n:Program) ON (n.name);
CREATE INDEX event_name IF NOT EXISTS FOR (n:Event) ON (n.name);
CREATE INDEX year_name IF NOT EXISTS FOR (n:Year) ON (n.name);
