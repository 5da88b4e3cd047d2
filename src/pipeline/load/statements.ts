/**
 * The Cypher the loader runs, with its parameters. Values always travel as
 * `$rows`; labels and relationship types are written into the text only from the
 * spec's closed lists (ENTITY_TYPES, RELATION_TYPES) and the model's own names,
 * never from input. Every write is an `UNWIND $rows … MERGE` on a constrained key.
 */
import neo4j from 'neo4j-driver';
import type { Statement } from '../../neo4j/executor';
import { ENTITY_TYPES, type EntityType } from '../../types/graph';
import { isPlaceType, matchLabel, type MatchLabel } from '../../graph/labels';
import type { GraphRows } from './graph-rows';
import {
  MAX_QUOTES,
  type ArticleRow,
  type EntityRow,
  type MentionRow,
  type RelationshipRow,
  type StatisticRow,
} from './model';

const SUPPORT_LISTS = ['articles', 'quoteArticles', 'quoteSentences', 'quotes'] as const;
const QUOTE_LISTS = SUPPORT_LISTS.slice(1);

/**
 * Appends the row's support to `x`'s: every article, and quotes while there are
 * fewer than MAX_QUOTES (an empty list becomes no property). The last clause of a
 * statement: it drops the rows whose quotes are full.
 */
function appendSupport(variable: string): string {
  const quotes = QUOTE_LISTS.map(
    (list) =>
      `${variable}.${list} = (coalesce(${variable}.${list}, []) + row.${list})[..${MAX_QUOTES}]`,
  ).join(',\n    ');
  return `WITH ${variable}, row, coalesce(${variable}.articles, []) + row.articles AS articles
SET ${variable}.articles = CASE WHEN size(articles) = 0 THEN null ELSE articles END
WITH ${variable}, row
WHERE size(row.quotes) > 0 AND size(coalesce(${variable}.quotes, [])) < ${MAX_QUOTES}
SET ${quotes}`;
}

/** Keeps the support of the articles not in `gone`; an empty list becomes no property. */
export function dropSupport(variable: string): string {
  return `WITH ${variable}, gone,
     [a IN ${variable}.articles WHERE NOT a IN gone] AS articles,
     [i IN range(0, size(coalesce(${variable}.quotes, [])) - 1)
        WHERE NOT ${variable}.quoteArticles[i] IN gone] AS kept
SET ${variable}.articles = CASE WHEN size(articles) = 0 THEN null ELSE articles END,
    ${SUPPORT_LISTS.slice(1)
      .map(
        (list) =>
          `${variable}.${list} = CASE WHEN size(kept) = 0 THEN null ` +
          `ELSE [i IN kept | ${variable}.${list}[i]] END`,
      )
      .join(',\n    ')}`;
}

// ---------------------------------------------------------------- reading

export const EXISTING_ARTICLES = `UNWIND $ids AS id
MATCH (a:Article {id: id})
RETURN a.id AS id, a.contentHash AS contentHash, a.graphHash AS graphHash`;

// ---------------------------------------------------------------- removing an article's part

/** The nodes the articles mention: candidates for removal once their mentions are gone. */
export const MENTIONED_NODES = `UNWIND $ids AS id
MATCH (:Article {id: id})-[:MENTIONS]->(n)
RETURN collect(DISTINCT elementId(n)) AS ids`;

/** Takes the articles' support off relationships; one that no article and no gazetteer supports goes. */
export const DROP_RELATIONSHIP_SUPPORT = `UNWIND $ids AS id
MATCH (:Article {id: id})-[:MENTIONS]->()-[r]-()
WHERE id IN r.articles
WITH r, collect(DISTINCT id) AS gone
${dropSupport('r')}
WITH r
${setAsOf('r', 'r.articles', true)}
WITH r WHERE r.articles IS NULL AND coalesce(r.gazetteer, false) = false
DELETE r`;

/** The same for statistics; returns the years of those that went, as removal candidates. */
export const DROP_STATISTIC_SUPPORT = `UNWIND $ids AS id
MATCH (:Article {id: id})-[:MENTIONS]->()-[:HAS_STATISTIC]->(s:Statistic)
WHERE id IN s.articles
WITH s, collect(DISTINCT id) AS gone
${dropSupport('s')}
WITH s WHERE s.articles IS NULL
OPTIONAL MATCH (s)-[:IN_YEAR]->(y)
WITH s, collect(elementId(y)) AS years
DETACH DELETE s
RETURN years`;

export const DROP_MENTIONS = `UNWIND $ids AS id
MATCH (:Article {id: id})-[m:MENTIONS]->()
DELETE m`;

/**
 * Deletes the candidate entities nothing holds any more: no article mentions them,
 * no place lies in them by the gazetteer, no statistic refers to them. Returns
 * their gazetteer parents, the next candidates.
 */
export const DELETE_ORPHANS = `UNWIND $ids AS id
MATCH (n) WHERE elementId(n) = id
  AND NOT n:Article AND NOT n:Statistic
  AND NOT EXISTS { (n)<-[:MENTIONS]-() }
  AND NOT EXISTS { (n)<-[:LOCATED_IN {gazetteer: true}]-() }
  AND NOT EXISTS { (n)<-[:IN_YEAR]-() }
OPTIONAL MATCH (n)-[:LOCATED_IN {gazetteer: true}]->(parent)
WITH n, collect(elementId(parent)) AS parents
DETACH DELETE n
RETURN parents`;

/** A node's aliases from scratch (after a removal): every name the articles mentioning it use, but its own. */
export const SET_ALIASES = `UNWIND $ids AS id
MATCH (n) WHERE elementId(n) = id
OPTIONAL MATCH (:Article)-[m:MENTIONS]->(n)
UNWIND coalesce(m.names, [null]) AS alias
WITH n, alias ORDER BY alias
WITH n, [x IN collect(DISTINCT alias) WHERE x <> n.name] AS aliases
SET n.aliases = CASE WHEN size(aliases) = 0 THEN null ELSE aliases END`;

/** The articles in the graph that are not among $ids (the input's). */
export const ARTICLES_NOT_IN = `MATCH (a:Article) WHERE NOT a.id IN $ids
RETURN a.id AS id ORDER BY id`;

/** The article nodes themselves, once their part is off the graph (only MENTIONS leave them). */
export const DELETE_ARTICLES = `UNWIND $ids AS id
MATCH (a:Article {id: id})
DETACH DELETE a`;

// ---------------------------------------------------------------- writing

const ARTICLES = `UNWIND $rows AS row
MERGE (a:Article {id: row.id})
SET a = row.props, a.id = row.id`;

/** Written last, so an article carries its hashes only once all of its part is in. */
const ARTICLE_HASHES = `UNWIND $rows AS row
MATCH (a:Article {id: row.id})
SET a.contentHash = row.contentHash, a.graphHash = row.graphHash`;

/**
 * The distinct values of a list of strings in ascending order, as `UNWIND … WITH
 * DISTINCT x ORDER BY x` gives them, by insertion within one expression: no
 * subquery (with its sort and aggregation) per row; the lists are a few names.
 */
export function sortedSet(list: string): string {
  return `reduce(sorted = [], x IN ${list} | CASE WHEN x IN sorted THEN sorted
    ELSE [y IN sorted WHERE y < x] + [x] + [y IN sorted WHERE y > x] END)`;
}

/**
 * Entities the batch's articles name: name, type and code set, and the aliases
 * (every name the articles mentioning it use, but its own) grown by the batch's
 * names: the aliases already there, the names its mentions in this batch use, and
 * the name it had if a name change makes that one an alias. Implied nodes (an
 * ancestor place, a year) are only made when missing.
 */
function entityText(type: EntityType, implied: boolean): string {
  const label = matchLabel(type);
  const props = 'n.name = row.name, n.type = row.type, n.adminCode = row.adminCode';
  const placeLabel = isPlaceType(type) ? `SET n:${type}` : '';
  if (implied) {
    return [
      'UNWIND $rows AS row',
      `MERGE (n:${label} {key: row.key})`,
      `ON CREATE SET ${props}`,
      placeLabel,
    ]
      .filter(Boolean)
      .join('\n');
  }
  return [
    'UNWIND $rows AS row',
    `MERGE (n:${label} {key: row.key})`,
    placeLabel,
    `WITH n, row, CASE
  WHEN n.name IS NULL OR n.name = row.name THEN []
  WHEN EXISTS { (n)<-[m:MENTIONS]-() WHERE n.name IN m.names } THEN [n.name]
  ELSE [] END AS formerName`,
    `SET ${props}`,
    `WITH n, row, ${sortedSet('[x IN coalesce(n.aliases, []) + formerName + row.names WHERE x <> n.name]')} AS aliases`,
    'SET n.aliases = CASE WHEN size(aliases) = 0 THEN null ELSE aliases END',
    // Former names (奉化市 for 奉化区) only grow: they stay true of the unit.
    `FOREACH (formerNames IN CASE WHEN row.formerNames IS NULL THEN [] ELSE [${sortedSet(
      'coalesce(n.formerNames, []) + row.formerNames',
    )}] END |
  SET n.formerNames = formerNames)`,
  ]
    .filter(Boolean)
    .join('\n');
}

/** A mention's positions, one list each, aligned: sentence index and offsets. */
const MENTION_POSITIONS = ['sentences', 'starts', 'ends', 'textStarts', 'textEnds'] as const;

/**
 * A new article's mentions (a replaced article's were removed first): created, not
 * merged. One row per article and label, its mentions as columns (keys, names,
 * ties, positions): the article is found once, and the driver packs a few lists
 * instead of a map per mention. The positions of a mention travel as one string
 * (`mentionPositions`), which the statement splits into integer lists.
 */
function mentionText(label: MatchLabel): string {
  const positions = MENTION_POSITIONS.map(
    (p, i) => `${p}: [x IN split(at[${i}], ',') | toInteger(x)]`,
  ).join(', ');
  return `UNWIND $rows AS row
MATCH (a:Article {id: row.article})
UNWIND range(0, size(row.keys) - 1) AS i
MATCH (n:${label} {key: row.keys[i]})
WITH a, n, row.names[i] AS names, row.ties[i] AS ties, split(row.positions[i], ';') AS at
CREATE (a)-[:MENTIONS {names: names, ties: ties, ${positions}}]->(n)`;
}

/**
 * A post's `asOf`: the date of each article in `articles` ('' for an undated one),
 * aligned with them, made again whenever they change; none when no article has a
 * date. `onlyDated` leaves relationships without one as they are (not posts).
 */
export function setAsOf(variable: string, articles: string, onlyDated = false): string {
  const keep = onlyDated ? `${variable}.asOf IS NULL OR ` : '';
  return `WITH *, [id IN coalesce(${articles}, []) |
  coalesce(head(COLLECT { MATCH (a:Article {id: id}) RETURN a.date }), '')] AS asOf
SET ${variable}.asOf = CASE WHEN ${keep}all(d IN asOf WHERE d = '') THEN null ELSE asOf END`;
}

function relationshipText(type: string, headLabel: MatchLabel, tailLabel: MatchLabel): string {
  const asOf =
    type === 'HOLDS_POSITION'
      ? `WITH r, row, coalesce(r.articles, []) + row.articles AS dated\n${setAsOf('r', 'dated')}\n`
      : '';
  return `UNWIND $rows AS row
MATCH (h:${headLabel} {key: row.head})
MATCH (t:${tailLabel} {key: row.tail})
MERGE (h)-[r:${type} {key: row.key}]->(t)
SET r += row.props,
    r.gazetteer = CASE WHEN row.gazetteer THEN true ELSE r.gazetteer END
${asOf}${appendSupport('r')}`;
}

function statisticText(subjectLabel: MatchLabel): string {
  return `UNWIND $rows AS row
MATCH (subject:${subjectLabel} {key: row.subject})
MERGE (s:Statistic {key: row.key})
SET s += row.props
MERGE (subject)-[:HAS_STATISTIC]->(s)
${appendSupport('s')}`;
}

const STATISTIC_YEARS = `UNWIND $rows AS row
MATCH (s:Statistic {key: row.key})
MATCH (y:Year {key: row.yearKey})
MERGE (s)-[:IN_YEAR]->(y)`;

// ---------------------------------------------------------------- parameters

/** Integers go to Neo4j as integers (a JavaScript number would become a float). */
const ints = (values: number[] | undefined) => values?.map((v) => neo4j.int(v));

/** Drops undefined values: a map parameter may not hold them. */
function defined<T extends object>(props: T): Partial<T> {
  return Object.fromEntries(Object.entries(props).filter(([, v]) => v !== undefined)) as Partial<T>;
}

const articleParams = (a: ArticleRow) => ({ id: a.id, props: defined(a.props) });
const hashParams = (a: ArticleRow) => ({
  id: a.id,
  contentHash: a.contentHash ?? null,
  graphHash: a.graphHash,
});
const entityParams = (e: EntityRow, names: string[] = []) => ({
  ...e,
  adminCode: e.adminCode ?? null,
  formerNames: e.formerNames ?? null,
  names,
});

/**
 * A mention's five position lists as one string ("2,5;10,40;…": lists by ";",
 * numbers by ","), or null when it has none (the properties are then not set).
 * The positions are most of a batch's values: as numbers, the driver packs each
 * one on its own (nine bytes and a closure apiece), as one string at once.
 */
export function mentionPositions(m: MentionRow): string | null {
  const p = m.props;
  if (!p.sentences?.length) return null;
  return MENTION_POSITIONS.map((list) => p[list]!.join(',')).join(';');
}

/** One article's mentions of one label, as columns. */
function mentionColumns(article: string, mentions: MentionRow[]) {
  return {
    article,
    keys: mentions.map((m) => m.key),
    names: mentions.map((m) => m.props.names),
    ties: mentions.map((m) => m.props.ties ?? null),
    positions: mentions.map(mentionPositions),
  };
}

function supportParams(s: RelationshipRow | StatisticRow) {
  return {
    articles: s.articles,
    quoteArticles: s.quoteArticles,
    quoteSentences: ints(s.quoteSentences),
    quotes: s.quotes,
  };
}

const relationshipParams = (r: RelationshipRow) => ({
  key: r.key,
  head: r.head,
  tail: r.tail,
  props: r.props,
  gazetteer: r.gazetteer,
  ...supportParams(r),
});

const statisticParams = (s: StatisticRow) => ({
  key: s.key,
  subject: s.subject,
  props: defined({
    ...s.props,
    year: s.props.year === undefined ? undefined : neo4j.int(s.props.year),
  }),
  ...supportParams(s),
});

function groupBy<T>(rows: T[], keyOf: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const key = keyOf(row);
    const group = groups.get(key);
    if (group) group.push(row);
    else groups.set(key, [row]);
  }
  return groups;
}

/** Entity statements, one per type (its label is part of the text), in the spec's order. */
function entityStatements(
  rows: EntityRow[],
  implied: boolean,
  names = new Map<string, string[]>(),
): Statement[] {
  const byType = groupBy(rows, (r) => r.type);
  return ENTITY_TYPES.filter((type) => byType.has(type)).map((type) => ({
    name: `${implied ? 'implied ' : ''}${type} nodes`,
    text: entityText(type, implied),
    rows: byType.get(type)!.map((e) => entityParams(e, names.get(e.key))),
  }));
}

/** The names the mentions use, per entity key. */
function mentionNames(mentions: MentionRow[]): Map<string, string[]> {
  const names = new Map<string, Set<string>>();
  for (const m of mentions) {
    const set = names.get(m.key) ?? new Set<string>();
    for (const name of m.props.names) set.add(name);
    names.set(m.key, set);
  }
  return new Map([...names].map(([key, set]) => [key, [...set]]));
}

/**
 * The statements that write a batch, in order: articles, entity nodes (with
 * their aliases), implied nodes, mentions, relationships, statistics.
 * The article hashes come apart (`hashStatement`), to be written last.
 */
export function writeStatements(rows: GraphRows): Statement[] {
  const statements: Statement[] = [
    { name: 'articles', text: ARTICLES, rows: rows.articles.map(articleParams) },
    ...entityStatements(rows.entities, false, mentionNames(rows.mentions)),
    ...entityStatements(rows.implied, true),
  ];
  for (const [label, group] of groupBy(rows.mentions, (m) => m.label)) {
    const byArticle = groupBy(group, (m) => m.article);
    statements.push({
      name: `mentions of ${label} nodes`,
      text: mentionText(label as MatchLabel),
      rows: [...byArticle].map(([article, mentions]) => mentionColumns(article, mentions)),
    });
  }
  const byEnds = groupBy(rows.relationships, (r) => `${r.type} ${r.headLabel} ${r.tailLabel}`);
  for (const group of byEnds.values()) {
    const { type, headLabel, tailLabel } = group[0];
    statements.push({
      name: `${type} relationships (${headLabel} → ${tailLabel})`,
      text: relationshipText(type, headLabel, tailLabel),
      rows: group.map(relationshipParams),
    });
  }
  for (const [label, group] of groupBy(rows.statistics, (s) => s.subjectLabel)) {
    statements.push({
      name: `statistics of ${label} nodes`,
      text: statisticText(label as MatchLabel),
      rows: group.map(statisticParams),
    });
  }
  const dated = rows.statistics.filter((s) => s.yearKey !== undefined);
  statements.push({
    name: 'statistic years',
    text: STATISTIC_YEARS,
    rows: dated.map((s) => ({ key: s.key, yearKey: s.yearKey })),
  });
  return statements.filter((s) => s.rows.length > 0);
}

export function hashStatement(articles: ArticleRow[]): Statement {
  return { name: 'article hashes', text: ARTICLE_HASHES, rows: articles.map(hashParams) };
}
