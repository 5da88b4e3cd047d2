/**
 * The graph model: what one document contributes to Neo4j, as plain rows.
 *
 * Pure (no database): the UNWIND loader writes these rows batch by batch and the
 * neo4j-admin export writes the same rows, merged over the corpus, as CSV, so the
 * two paths build the same graph. Node keys are the corpus keys of
 * `graph/keys.ts` (`place:<code>` for a linked place, `<Type>:<name>` else),
 * so one place or person named in several documents is one node.
 *
 * Provenance: an Article node per document; MENTIONS from the article to every
 * entity it names (sentence and offsets of each mention); relationships and
 * statistics carry the ids of the articles that support them (`articles`) and the
 * supporting sentences (`quotes`, with `quoteArticles` and `quoteSentences`
 * aligned to them). Gazetteer hierarchy edges are marked `gazetteer: true`.
 */
import { createHash } from 'node:crypto';
import type { NormalizedDocument } from '../../types/document';
import {
  ENTITY_TYPES,
  PLACE_TYPES,
  RELATION_TYPES,
  type DocumentGraph,
  type Entity,
  type EntityType,
  type Evidence,
  type Fact,
  type Relation,
  type RelationType,
} from '../../types/graph';
import { entityKey } from '../../graph/keys';
import { matchLabel, type MatchLabel } from '../../graph/labels';
import { mentionId, personTies } from '../../graph/persons';

/** Bumped when the rows a graph maps to change, so that every document is loaded again. */
export const MODEL_VERSION = 2;

export interface ArticleRow {
  /** The document's name (the file's base name): stable when the document's content changes. */
  id: string;
  props: {
    name: string;
    title?: string;
    date?: string;
    source?: string;
    authors?: string[];
    file?: string;
    documentId?: string;
  };
  /** sha256 of the document's bytes. */
  contentHash?: string;
  /** sha256 of what the document contributes (its graph and the model version). */
  graphHash: string;
}

export interface EntityRow {
  key: string;
  type: EntityType;
  name: string;
  adminCode?: string;
  /** A renamed place's former names that articles use (奉化市 for 奉化区). */
  formerNames?: string[];
}

export interface MentionRow {
  article: string;
  key: string;
  label: MatchLabel;
  props: {
    /** The name and the aliases the article uses. */
    names: string[];
    /** A person's ties in the article (graph/persons.ts): what makes it one person across reports. */
    ties?: string[];
    /** One entry per mention, aligned: sentence index and offsets (original and normalized text). */
    sentences?: number[];
    starts?: number[];
    ends?: number[];
    textStarts?: number[];
    textEnds?: number[];
  };
}

/** Where a relationship or a statistic comes from: articles and their sentences. */
export interface Support {
  articles: string[];
  quoteArticles: string[];
  quoteSentences: number[];
  quotes: string[];
}

export interface RelationshipRow extends Support {
  key: string;
  type: RelationType;
  head: string;
  headLabel: MatchLabel;
  tail: string;
  tailLabel: MatchLabel;
  props: Partial<Record<RelationProperty, string>>;
  /** True for a LOCATED_IN that the division list gives (also when an article states it). */
  gazetteer: boolean;
}

export interface StatisticRow extends Support {
  key: string;
  subject: string;
  subjectLabel: MatchLabel;
  props: Pick<Fact, 'subject' | 'metric' | 'value' | 'unit' | 'year' | 'approx'> & {
    /** Metric and figure, the caption in Browser: 党员 184名. */
    name: string;
    /** Value and unit as the text gives them: 184名, 约3800人. */
    figure: string;
  };
  /** Key of the Year node the figure refers to. */
  yearKey?: string;
}

/**
 * Quotes kept per relationship or statistic, the first ones loaded: one that
 * thousands of articles state would otherwise carry megabytes of sentences, and
 * each later write of it would copy them all. `articles` always lists every one.
 */
export const MAX_QUOTES = 20;

/** What one document contributes. */
export interface DocumentRows {
  article: ArticleRow;
  entities: EntityRow[];
  mentions: MentionRow[];
  relationships: RelationshipRow[];
  statistics: StatisticRow[];
  /** Problems with single relations or facts, which are left out (the rest loads). */
  warnings: string[];
}

export const RELATION_PROPERTIES = [
  'title',
  'via',
  'date',
  'role',
  'status',
  'since',
  'until',
] as const;
export type RelationProperty = (typeof RELATION_PROPERTIES)[number];

const PLACE_AND_ORGANIZATION: readonly EntityType[] = [...PLACE_TYPES, 'Organization'];

/** The entity types each end of a relation should have, to choose among same-named entities. */
const END_TYPES: Record<RelationType, [readonly EntityType[], readonly EntityType[]]> = {
  HOLDS_POSITION: [['Person'], PLACE_AND_ORGANIZATION],
  LOCATED_IN: [PLACE_AND_ORGANIZATION, PLACE_TYPES],
  COOPERATES_WITH: [PLACE_AND_ORGANIZATION, PLACE_AND_ORGANIZATION],
  VISITED: [['Person'], PLACE_TYPES],
  PARTICIPATED_IN: [['Person'], ['Event']],
  IMPLEMENTS: [[...PLACE_AND_ORGANIZATION, 'Person'], ['Program']],
  OCCURRED_IN: [['Event', 'Program'], ['Year']],
  HELD_IN: [['Event'], PLACE_TYPES],
};

/** Relationship identity: type, ends, and the property that tells two posts or visits apart. */
export function relationshipKey(
  type: RelationType,
  head: string,
  tail: string,
  props: Partial<Record<RelationProperty, string>> = {},
): string {
  return [type, head, tail, ...RELATION_PROPERTIES.map((p) => props[p] ?? '')].join('|');
}

export function statisticKey(subject: string, fact: Fact): string {
  return ['stat', subject, fact.metric, fact.value, fact.unit, fact.year ?? ''].join('|');
}

export function graphHash(graph: DocumentGraph): string {
  return createHash('sha256')
    .update(`${MODEL_VERSION}\n${JSON.stringify(graph)}`)
    .digest('hex');
}

export function articleRow(graph: DocumentGraph, doc: NormalizedDocument | undefined): ArticleRow {
  const meta = doc?.meta;
  const authors = meta?.authors.map((a) => [a.role, a.name, a.task].filter(Boolean).join(' '));
  return {
    id: graph.doc,
    props: {
      name: meta?.title ?? graph.doc,
      title: meta?.title,
      date: meta?.date,
      source: meta?.source,
      authors: authors?.length ? authors : undefined,
      file: doc?.file,
      documentId: doc?.id,
    },
    contentHash: doc?.contentHash,
    graphHash: graphHash(graph),
  };
}

/**
 * The rows one document contributes; relations and facts that cannot be placed
 * become warnings. `personKeys` (by `mentionId`) gives each person the key of the
 * person it is across the corpus (graph/persons.ts); without it, its name's key.
 */
export function mapDocument(
  graph: DocumentGraph,
  doc: NormalizedDocument | undefined,
  article: ArticleRow = articleRow(graph, doc),
  personKeys?: ReadonlyMap<string, string>,
): DocumentRows {
  const rows: DocumentRows = {
    article,
    entities: [],
    mentions: [],
    relationships: [],
    statistics: [],
    warnings: [],
  };
  const quoteOf = sentenceTexts(doc);
  const entities = graph.entities.filter((e) => {
    const known = (ENTITY_TYPES as readonly string[]).includes(e.type);
    if (!known) rows.warnings.push(`${graph.doc}: entity "${e.name}" has unknown type ${e.type}`);
    return known;
  });
  const keyOf: KeyOf = (e) =>
    (e.type === 'Person' && personKeys?.get(mentionId(graph.doc, e.name))) || entityKey(e);
  const ties = personTies(graph);
  const mentions = new Map<string, MentionRow>();
  for (const entity of entities) {
    const key = keyOf(entity);
    const { type, name, adminCode } = entity;
    const formerNames = entity.formerNames?.length ? [...entity.formerNames] : undefined;
    rows.entities.push({ key, type, name, adminCode, formerNames });
    const mention = mentions.get(key) ?? newMention(graph.doc, key, entity.type);
    mentions.set(key, mention);
    addMention(mention, entity);
    const own = entity.type === 'Person' ? ties.get(entity.name) : undefined;
    if (own?.length) mention.props.ties = own;
  }
  rows.mentions = [...mentions.values()];
  const resolve = endResolver(entities);
  for (const relation of graph.relations) {
    const row = relationshipRow(graph.doc, relation, resolve, keyOf, quoteOf);
    if (typeof row === 'string') rows.warnings.push(`${graph.doc}: ${row}`);
    else rows.relationships.push(row);
  }
  for (const fact of graph.facts) {
    const row = statisticRow(graph.doc, fact, resolve, keyOf, quoteOf);
    if (typeof row === 'string') rows.warnings.push(`${graph.doc}: ${row}`);
    else rows.statistics.push(row);
  }
  return rows;
}

function newMention(article: string, key: string, type: EntityType): MentionRow {
  return { article, key, label: matchLabel(type), props: { names: [] } };
}

function addMention(mention: MentionRow, entity: Entity): void {
  const p = mention.props;
  for (const name of [entity.name, ...(entity.aliases ?? [])]) {
    if (!p.names.includes(name)) p.names.push(name);
  }
  for (const m of entity.mentions ?? []) {
    (p.sentences ??= []).push(m.sentence);
    (p.starts ??= []).push(m.start);
    (p.ends ??= []).push(m.end);
    (p.textStarts ??= []).push(m.textStart);
    (p.textEnds ??= []).push(m.textEnd);
  }
}

/** The text of each sentence of the document, by index. */
function sentenceTexts(doc: NormalizedDocument | undefined): (index: number) => string | undefined {
  const byIndex = new Map(doc?.sentences.map((s) => [s.index, s]) ?? []);
  return (index) => {
    const s = byIndex.get(index);
    return s && doc ? doc.text.slice(s.start, s.end) : undefined;
  };
}

type Resolve = (name: string, types?: readonly EntityType[]) => Entity | undefined;
type KeyOf = (entity: Entity) => string;

/**
 * Finds the entity a relation end or fact subject names: canonical names first,
 * then aliases, each in the graph's order. The entities are indexed by name and
 * alias once per document, not scanned for every relation and fact.
 */
function endResolver(entities: Entity[]): Resolve {
  const byName = indexBy(entities, (e) => [e.name]);
  const byAlias = indexBy(entities, (e) => new Set(e.aliases));
  const none: Entity[] = [];
  return (name, types) => {
    const fits = (e: Entity) => !types || types.includes(e.type);
    const named = byName.get(name) ?? none;
    const aliased = byAlias.get(name) ?? none;
    return named.find(fits) ?? named[0] ?? aliased.find(fits) ?? aliased[0];
  };
}

/** The entities under each of their names, in order. */
function indexBy(entities: Entity[], namesOf: (e: Entity) => Iterable<string>) {
  const index = new Map<string, Entity[]>();
  for (const e of entities) {
    for (const name of namesOf(e)) {
      const list = index.get(name);
      if (list) list.push(e);
      else index.set(name, [e]);
    }
  }
  return index;
}

function relationshipRow(
  article: string,
  relation: Relation,
  resolve: Resolve,
  keyOf: KeyOf,
  quoteOf: (index: number) => string | undefined,
): RelationshipRow | string {
  const what = `relation ${relation.type} ${relation.head} → ${relation.tail}`;
  if (!(RELATION_TYPES as readonly string[]).includes(relation.type)) {
    return `${what}: unknown relation type`;
  }
  const [headTypes, tailTypes] = END_TYPES[relation.type];
  let head = resolve(relation.head, headTypes);
  let tail = resolve(relation.tail, tailTypes);
  if (!head) return `${what}: no entity named "${relation.head}"`;
  if (!tail) return `${what}: no entity named "${relation.tail}"`;
  let headKey = keyOf(head);
  let tailKey = keyOf(tail);
  // Cooperation has no direction: one relationship per pair, its ends in key order.
  if (relation.type === 'COOPERATES_WITH' && tailKey < headKey) {
    [head, tail, headKey, tailKey] = [tail, head, tailKey, headKey];
  }
  const props: RelationshipRow['props'] = {};
  for (const p of RELATION_PROPERTIES) if (relation[p]) props[p] = relation[p];
  return {
    key: relationshipKey(relation.type, headKey, tailKey, props),
    type: relation.type,
    head: headKey,
    headLabel: matchLabel(head.type),
    tail: tailKey,
    tailLabel: matchLabel(tail.type),
    props,
    gazetteer: false,
    ...support(article, relation.evidence, quoteOf),
  };
}

function statisticRow(
  article: string,
  fact: Fact,
  resolve: Resolve,
  keyOf: KeyOf,
  quoteOf: (index: number) => string | undefined,
): StatisticRow | string {
  const subject = resolve(fact.subject);
  if (!subject) return `fact "${fact.metric}" of "${fact.subject}": no entity of that name`;
  if (!Number.isFinite(fact.value)) return `fact "${fact.metric}" of "${fact.subject}": no value`;
  const subjectKey = keyOf(subject);
  const year = Number.isInteger(fact.year) ? fact.year : undefined;
  const figure = `${fact.approx ? '约' : ''}${fact.value}${fact.unit}`;
  return {
    key: statisticKey(subjectKey, fact),
    subject: subjectKey,
    subjectLabel: matchLabel(subject.type),
    props: {
      name: `${fact.metric} ${figure}`,
      figure,
      subject: subject.name,
      metric: fact.metric,
      value: fact.value,
      unit: fact.unit,
      year,
      approx: fact.approx || undefined,
    },
    yearKey: year === undefined ? undefined : yearKey(year),
    ...support(article, fact.evidence, quoteOf),
  };
}

export function yearKey(year: number): string {
  return entityKey({ type: 'Year', name: String(year) });
}

/** One article's support: its id, and each distinct evidence sentence with its text. */
function support(
  article: string,
  evidence: Evidence[] | undefined,
  quoteOf: (index: number) => string | undefined,
): Support {
  const result: Support = {
    articles: [article],
    quoteArticles: [],
    quoteSentences: [],
    quotes: [],
  };
  for (const sentence of new Set((evidence ?? []).map((e) => e.sentence))) {
    const quote = quoteOf(sentence);
    if (quote === undefined) continue;
    result.quoteArticles.push(article);
    result.quoteSentences.push(sentence);
    result.quotes.push(quote);
  }
  return result;
}
