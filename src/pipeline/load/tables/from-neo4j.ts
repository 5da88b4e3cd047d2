/**
 * The tables' graph read back from Neo4j (`kg export --format tables` without a
 * folder): articles, entities with their aliases and articles, relationships and
 * statistics with their support, persons' mentions.
 */
import { isInt, type Driver } from 'neo4j-driver';
import { executeQuery } from '../../../neo4j/executor';
import { RELATION_TYPES } from '../../../types/graph';
import type {
  TableArticle,
  TableGraph,
  TableMention,
  TableNode,
  TableRelationship,
  TableStatistic,
} from './tables';

const ARTICLES = `MATCH (a:Article)
RETURN a.id AS id, a.title AS title, a.date AS date, a.source AS source,
       a.authors AS authors, a.file AS file`;

const NODES = `MATCH (n) WHERE n.key IS NOT NULL AND n.type IS NOT NULL AND NOT n:Statistic AND NOT n:Community
RETURN n.key AS key, n.type AS type, n.name AS name, n.adminCode AS adminCode,
       n.formerNames AS formerNames,
       coalesce(n.aliases, []) AS aliases,
       [(a:Article)-[:MENTIONS]->(n) | a.id] AS articles`;

const RELATIONSHIPS = `MATCH (h)-[r]->(t) WHERE type(r) IN $types
RETURN type(r) AS type, h.key AS head, t.key AS tail,
       r {.title, .via, .date, .role, .status, .since, .until} AS props,
       coalesce(r.gazetteer, false) AS gazetteer,
       coalesce(r.articles, []) AS articles, coalesce(r.quoteArticles, []) AS quoteArticles,
       coalesce(r.quoteSentences, []) AS quoteSentences, coalesce(r.quotes, []) AS quotes`;

const STATISTICS = `MATCH (n)-[:HAS_STATISTIC]->(s:Statistic)
RETURN n.key AS subject, s.metric AS metric, s.value AS value, s.unit AS unit,
       s.year AS year, s.approx AS approx,
       coalesce(s.articles, []) AS articles, coalesce(s.quoteArticles, []) AS quoteArticles,
       coalesce(s.quoteSentences, []) AS quoteSentences, coalesce(s.quotes, []) AS quotes`;

const MENTIONS = `MATCH (a:Article)-[m:MENTIONS]->(p:Person)
RETURN a.id AS article, p.key AS key, coalesce(m.sentences, []) AS sentences,
       coalesce(m.starts, []) AS starts, coalesce(m.ends, []) AS ends`;

/** A value as plain JavaScript: integers as numbers, nulls as undefined. */
function plain(value: unknown): unknown {
  if (isInt(value)) return value.toNumber();
  if (Array.isArray(value)) return value.map(plain);
  if (value === null) return undefined;
  if (typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([, v]) => v !== null)
        .map(([k, v]) => [k, plain(v)]),
    );
  }
  return value;
}

export async function tableGraphFromNeo4j(driver: Driver): Promise<TableGraph> {
  const read = async <T>(query: string, params: Record<string, unknown> = {}): Promise<T[]> => {
    const { records } = await executeQuery(driver, query, params, {
      during: 'reading the graph for the tables',
      access: 'READ',
    });
    return records.map((r) => plain(r.toObject()) as T);
  };
  return {
    articles: await read<TableArticle>(ARTICLES),
    nodes: await read<TableNode>(NODES),
    relationships: await read<TableRelationship>(RELATIONSHIPS, { types: RELATION_TYPES }),
    statistics: await read<TableStatistic>(STATISTICS),
    mentions: await read<TableMention>(MENTIONS),
  };
}
