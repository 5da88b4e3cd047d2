/**
 * Person identity while loading incrementally (the rule: src/graph/persons.ts).
 * A batch's persons are clustered with every mention of their names already in
 * the database; the batch is written under the keys that gives, and the loaded
 * articles whose person the batch changes (a new report ties two namesakes, or a
 * replaced one no longer does) move their part to the new key: mentions,
 * relationships and statistics, with their support. The result is the one the
 * whole corpus at once gives (the export's `corpusPersonKeys`).
 */
import type { ManagedTransaction } from 'neo4j-driver';
import { mentionId, personKeys, personMentions, type PersonMention } from '../../graph/persons';
import type { DocumentGraph } from '../../types/graph';
import { runQuery, type Counters } from '../../neo4j/executor';
import { MAX_QUOTES } from './model';
import { setAsOf } from './statements';

/** A loaded article's person that goes to another key. */
export interface PersonMove {
  article: string;
  from: string;
  to: string;
}

/** What this load wrote, by name and article: newer than what a read running beside a write sees. */
export interface WrittenPersons {
  byName: Map<string, Map<string, { ties: string[]; key: string }>>;
  articles: Set<string>;
}

export const newWrittenPersons = (): WrittenPersons => ({ byName: new Map(), articles: new Set() });

const LOADED_MENTIONS = `UNWIND $names AS name
MATCH (a:Article)-[m:MENTIONS]->(p:Person {name: name})
RETURN name, p.key AS key, a.id AS article, coalesce(m.ties, []) AS ties`;

type Read = <T>(work: (tx: ManagedTransaction) => Promise<T>) => Promise<T>;

/**
 * The keys of the batch's persons (by `mentionId`) and the moves of loaded
 * articles' persons. Records both in `written`.
 */
export async function planPersons(
  read: Read,
  graphs: Pick<DocumentGraph, 'doc' | 'entities' | 'relations'>[],
  written: WrittenPersons,
): Promise<{ keys: Map<string, string>; moves: PersonMove[] }> {
  const batch = graphs.flatMap(personMentions);
  const names = [...new Set(batch.map((m) => m.name))];
  const inBatch = new Set(graphs.map((g) => g.doc));
  const records = names.length ? await read((tx) => runQuery(tx, LOADED_MENTIONS, { names })) : [];
  // By article and name: what this load wrote replaces what the read saw.
  const loadedById = new Map<string, PersonMention & { key: string }>();
  for (const r of records) {
    const article = r.get('article') as string;
    const name = r.get('name') as string;
    if (inBatch.has(article) || written.articles.has(article)) continue;
    const m = { article, name, ties: r.get('ties') as string[], key: r.get('key') as string };
    loadedById.set(mentionId(article, name), m);
  }
  for (const name of names) {
    for (const [article, m] of written.byName.get(name) ?? []) {
      if (!inBatch.has(article)) loadedById.set(mentionId(article, name), { article, name, ...m });
    }
  }
  const loaded = [...loadedById.values()];
  const keys = personKeys([...loaded, ...batch]);
  const moves: PersonMove[] = [];
  const remember = (m: PersonMention, key: string) => {
    const byArticle = written.byName.get(m.name) ?? new Map();
    written.byName.set(m.name, byArticle.set(m.article, { ties: m.ties, key }));
  };
  for (const m of loaded) {
    const key = keys.get(mentionId(m.article, m.name))!;
    if (key !== m.key) moves.push({ article: m.article, from: m.key, to: key });
    remember(m, key);
  }
  for (const m of batch) remember(m, keys.get(mentionId(m.article, m.name))!);
  for (const g of graphs) written.articles.add(g.doc);
  return { keys, moves };
}

/** The relationship types a Person is the head of (graph model). */
const PERSON_RELATIONSHIPS = ['HOLDS_POSITION', 'VISITED', 'PARTICIPATED_IN', 'IMPLEMENTS'];

/**
 * `moved` takes `row.article`'s support from `old` (its article, and its quotes:
 * indexes `mine`) on top of what it had (`before`); an empty list is no property.
 */
function takeSupport(old: string): string {
  const list = (name: string, mine: string) =>
    `moved.${name} = CASE WHEN size(coalesce(before.${name}, []) + ${mine}) = 0 THEN null
      ELSE (coalesce(before.${name}, []) + ${mine})[..${MAX_QUOTES}] END`;
  return `SET moved += properties(${old})
SET moved.key = key,
    moved.articles = coalesce(before.articles, []) + [row.article],
    ${['quoteArticles', 'quoteSentences', 'quotes']
      .map((name) => list(name, `[i IN mine | ${old}.${name}[i]]`))
      .join(',\n    ')}`;
}

/** Drops `row.article` from `x`'s support (`x.articles` null once none is left). */
function dropArticle(x: string): string {
  return `WITH ${x}, row,
     [a IN ${x}.articles WHERE a <> row.article] AS articles,
     [i IN range(0, size(coalesce(${x}.quotes, [])) - 1) WHERE ${x}.quoteArticles[i] <> row.article] AS kept
SET ${x}.articles = CASE WHEN size(articles) = 0 THEN null ELSE articles END,
    ${['quoteArticles', 'quoteSentences', 'quotes']
      .map(
        (l) => `${x}.${l} = CASE WHEN size(kept) = 0 THEN null ELSE [i IN kept | ${x}.${l}[i]] END`,
      )
      .join(',\n    ')}`;
}

const MINE = (x: string) =>
  `[i IN range(0, size(coalesce(${x}.quotes, [])) - 1) WHERE ${x}.quoteArticles[i] = row.article] AS mine`;

const MOVE_MENTIONS = `UNWIND $rows AS row
MATCH (a:Article {id: row.article})-[m:MENTIONS]->(p:Person {key: row.from})
MERGE (q:Person {key: row.to})
ON CREATE SET q.name = p.name, q.type = 'Person'
CREATE (a)-[n:MENTIONS]->(q)
SET n = properties(m)
DELETE m
RETURN collect(DISTINCT elementId(p)) AS from, collect(DISTINCT elementId(q)) AS to`;

function moveRelationships(type: string): string {
  return `UNWIND $rows AS row
MATCH (p:Person {key: row.from})-[r:${type}]->(t)
WHERE row.article IN r.articles
MATCH (q:Person {key: row.to})
WITH row, r, t, q, '${type}|' + row.to + substring(r.key, size('${type}|' + row.from)) AS key, ${MINE('r')}
MERGE (q)-[moved:${type} {key: key}]->(t)
WITH row, r, moved, key, mine, moved {.articles, .quoteArticles, .quoteSentences, .quotes} AS before
${takeSupport('r')}
${setAsOf('moved', 'moved.articles', true)}
${dropArticle('r')}
WITH r
${setAsOf('r', 'r.articles', true)}
WITH r WHERE r.articles IS NULL
DELETE r`;
}

const MOVE_STATISTICS = `UNWIND $rows AS row
MATCH (p:Person {key: row.from})-[:HAS_STATISTIC]->(s:Statistic)
WHERE row.article IN s.articles
MATCH (q:Person {key: row.to})
WITH row, s, q, 'stat|' + row.to + substring(s.key, size('stat|' + row.from)) AS key, ${MINE('s')}
MERGE (moved:Statistic {key: key})
WITH row, s, q, moved, key, mine, moved {.articles, .quoteArticles, .quoteSentences, .quotes} AS before
${takeSupport('s')}
MERGE (q)-[:HAS_STATISTIC]->(moved)
WITH row, s, moved
CALL (s, moved) { MATCH (s)-[:IN_YEAR]->(y) MERGE (moved)-[:IN_YEAR]->(y) }
${dropArticle('s')}
WITH s WHERE s.articles IS NULL
DETACH DELETE s`;

/**
 * Moves the loaded articles' persons; returns the element ids of the nodes left
 * and reached, whose aliases are made again and which may now be orphans.
 */
export async function movePersons(
  tx: ManagedTransaction,
  moves: PersonMove[],
  counters: Counters,
): Promise<{ left: string[]; reached: string[] }> {
  if (!moves.length) return { left: [], reached: [] };
  const rows = moves;
  // Mentions first: they make the persons moved to.
  const [ids] = await runQuery(tx, MOVE_MENTIONS, { rows }, counters);
  for (const type of PERSON_RELATIONSHIPS) {
    await runQuery(tx, moveRelationships(type), { rows }, counters);
  }
  await runQuery(tx, MOVE_STATISTICS, { rows }, counters);
  return { left: ids?.get('from') ?? [], reached: ids?.get('to') ?? [] };
}
