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
import { KEEP_PLAN, runQuery, type Counters, type Statement } from '../../neo4j/executor';
import { MAX_QUOTES } from './model';
import { dropSupport, setAsOf } from './statements';

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
  const records = names.length
    ? await read((tx) => runQuery(tx, KEEP_PLAN + LOADED_MENTIONS, { names }))
    : [];
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

/** A move of one person's part in some articles: `from` and `to` are person keys. */
interface MoveRow {
  from: string;
  to: string;
  articles: string[];
}

/**
 * The moves grouped by the persons they leave and reach, each group's articles in
 * the order the moves came, so that the statements below meet each relationship
 * and statistic once per group.
 */
function moveRows(moves: PersonMove[]): MoveRow[] {
  const rows = new Map<string, MoveRow>();
  for (const { article, from, to } of moves) {
    const pair = `${from}\u0000${to}`;
    const row = rows.get(pair) ?? { from, to, articles: [] };
    row.articles.push(article);
    rows.set(pair, row);
  }
  return [...rows.values()];
}

const QUOTE_LISTS = ['quoteArticles', 'quoteSentences', 'quotes'] as const;

/**
 * `moved` (made under `key`) takes from each of `sources` (`{x, articles}`) the
 * support of its articles, article by article, on top of what it had (`before`);
 * an empty list is no property. Each source is read once and a quote is taken
 * whole or not at all, so no list gets a hole.
 */
function takeSupport(x: string): string {
  const quoted = `reduce(taken = [], source IN sources | taken + reduce(mine = [], article IN source.articles |
      mine + [i IN range(0, size(coalesce(source.${x}.quotes, [])) - 1)
        WHERE source.${x}.quoteArticles[i] = article
          AND source.${x}.quoteSentences[i] IS NOT NULL AND source.${x}.quotes[i] IS NOT NULL
        | [${QUOTE_LISTS.map((l) => `source.${x}.${l}[i]`).join(', ')}]]))`;
  const list = (name: string, at: number) =>
    `moved.${name} = CASE WHEN size(coalesce(before.${name}, [])) + size(quoted) = 0 THEN null
      ELSE (coalesce(before.${name}, []) + [q IN quoted | q[${at}]])[..${MAX_QUOTES}] END`;
  return `WITH *, ${quoted} AS quoted
SET moved += properties(last(sources).${x})
SET moved.key = key,
    moved.articles = coalesce(before.articles, []) + reduce(all = [], source IN sources | all + source.articles),
    ${QUOTE_LISTS.map(list).join(',\n    ')}`;
}

/**
 * The part of `x` (matched from the person `row.from`) in the moved articles,
 * one row per `x` with the articles it loses (`gone`).
 */
function leaving(x: string): string {
  return `WITH ${x}, [article IN row.articles WHERE article IN ${x}.articles] AS articles
WHERE size(articles) > 0
WITH ${x}, reduce(all = [], articles IN collect(articles) | all + articles) AS gone`;
}

/**
 * Moves the persons' relationships of one type: each relationship left gives
 * the moved articles' support to the one of the same key at the new person
 * (made when missing); then it loses that support, and goes when none is left.
 */
function moveRelationships(type: string): string {
  return `UNWIND $rows AS row
MATCH (p:Person {key: row.from})-[r:${type}]->(t)
WITH row, r, t, [article IN row.articles WHERE article IN r.articles] AS articles
WHERE size(articles) > 0
WITH row.to AS to, t, '${type}|' + row.to + substring(r.key, size('${type}|' + row.from)) AS key,
     collect({r: r, articles: articles}) AS sources
MATCH (q:Person {key: to})
MERGE (q)-[moved:${type} {key: key}]->(t)
WITH moved, key, sources, moved {.articles, .quoteArticles, .quoteSentences, .quotes} AS before
${takeSupport('r')}
${setAsOf('moved', 'moved.articles', true)}
WITH count(*) AS done
UNWIND $rows AS row
MATCH (:Person {key: row.from})-[r:${type}]->()
${leaving('r')}
${dropSupport('r')}
WITH r
${setAsOf('r', 'r.articles', true)}
WITH r WHERE r.articles IS NULL
DELETE r`;
}

/** The same for the persons' statistics (and their years). */
const MOVE_STATISTICS = `UNWIND $rows AS row
MATCH (:Person {key: row.from})-[:HAS_STATISTIC]->(s:Statistic)
WITH row, s, [article IN row.articles WHERE article IN s.articles] AS articles
WHERE size(articles) > 0
WITH row.to AS to, 'stat|' + row.to + substring(s.key, size('stat|' + row.from)) AS key,
     collect({s: s, articles: articles}) AS sources
MATCH (q:Person {key: to})
MERGE (moved:Statistic {key: key})
WITH q, moved, key, sources, moved {.articles, .quoteArticles, .quoteSentences, .quotes} AS before
${takeSupport('s')}
MERGE (q)-[:HAS_STATISTIC]->(moved)
WITH moved, sources
CALL (moved, sources) {
  UNWIND sources AS source
  WITH moved, source.s AS s
  MATCH (s)-[:IN_YEAR]->(y)
  MERGE (moved)-[:IN_YEAR]->(y)
}
WITH count(*) AS done
UNWIND $rows AS row
MATCH (:Person {key: row.from})-[:HAS_STATISTIC]->(s:Statistic)
${leaving('s')}
${dropSupport('s')}
WITH s WHERE s.articles IS NULL
DETACH DELETE s`;

/** What a person's part may hold besides its mentions: each has a statement that moves it. */
const PERSON_PARTS = [...PERSON_RELATIONSHIPS, 'HAS_STATISTIC'];

/**
 * Moves the mentions, and tells which of PERSON_PARTS the persons moved from
 * have at all (a cheap test of each node's relationships by type), so that the
 * batch sends only the statements that have something to move.
 */
const MOVE_MENTIONS = `UNWIND $rows AS row
UNWIND row.articles AS article
MATCH (a:Article {id: article})-[m:MENTIONS]->(p:Person {key: row.from})
MERGE (q:Person {key: row.to})
ON CREATE SET q.name = p.name, q.type = 'Person'
CREATE (a)-[n:MENTIONS]->(q)
SET n = properties(m)
DELETE m
WITH collect(DISTINCT elementId(p)) AS from, collect(DISTINCT elementId(q)) AS to
WITH from, to, COLLECT { UNWIND $rows AS row MATCH (p:Person {key: row.from}) RETURN DISTINCT p } AS persons
RETURN from, to, [part IN [
  ${PERSON_PARTS.map(
    (type) => `{type: '${type}', held: any(p IN persons WHERE EXISTS { (p)-[:${type}]->() })}`,
  ).join(',\n  ')}
] WHERE part.held | part.type] AS parts`;

/** The mentions moved: the nodes left and reached, and the other parts the persons left hold. */
export interface MovedMentions {
  /** Element ids of the persons left: their aliases are made again, and they may now be orphans. */
  left: string[];
  /** Element ids of the persons reached: their aliases are made again. */
  reached: string[];
  /** Which of the persons' relationship types (and HAS_STATISTIC) there is to move. */
  parts: Set<string>;
}

/**
 * Moves the mentions of the loaded articles' persons (making the persons moved
 * to). Their relationships and statistics follow with `moveStatements`.
 */
export async function moveMentions(
  tx: ManagedTransaction,
  moves: PersonMove[],
  counters: Counters,
): Promise<MovedMentions> {
  if (!moves.length) return { left: [], reached: [], parts: new Set() };
  const [ids] = await runQuery(tx, KEEP_PLAN + MOVE_MENTIONS, { rows: moveRows(moves) }, counters);
  return {
    left: ids?.get('from') ?? [],
    reached: ids?.get('to') ?? [],
    parts: new Set(ids?.get('parts') ?? []),
  };
}

/**
 * The statements that move the persons' relationships and statistics, after
 * their mentions: only those of the parts the persons hold (`moveMentions`).
 */
export function moveStatements(moves: PersonMove[], parts: ReadonlySet<string>): Statement[] {
  if (!moves.length) return [];
  const rows = moveRows(moves);
  return [
    ...PERSON_RELATIONSHIPS.filter((type) => parts.has(type)).map((type) => ({
      name: `moved persons' ${type} relationships`,
      text: moveRelationships(type),
      rows,
    })),
    ...(parts.has('HAS_STATISTIC')
      ? [{ name: "moved persons' statistics", text: MOVE_STATISTICS, rows }]
      : []),
  ];
}
