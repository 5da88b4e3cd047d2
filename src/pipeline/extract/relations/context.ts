/**
 * One document seen the way the relation finders need it: every entity mention
 * in text order with its sentence, the sentences themselves, and helpers to
 * build relations whose evidence points back into the original text.
 */
import type { NormalizedDocument, Sentence } from '../../../types/document';
import type { DocumentGraph, Entity, EntityType, Evidence, Relation } from '../../../types/graph';
import { PLACE_TYPES } from '../../../types/graph';
import { evidenceOf } from '../assemble';
import { sentenceLocator } from '../index';
import { keepOutermost } from '../spans';

export interface Mention {
  entity: Entity;
  /** Offsets into the normalized text. */
  start: number;
  end: number;
  sentence: number;
}

export interface RelationContext {
  doc: NormalizedDocument;
  graph: DocumentGraph;
  /** The mentions of every entity in text order, without those inside longer ones. */
  mentions: Mention[];
  /** The mentions written inside `outer` (浙江省 inside an institute's name). */
  nestedIn(outer: Mention): Mention[];
  sentences: Sentence[];
  sentence(index: number): Sentence | undefined;
  sentenceText(index: number): string;
  mentionsIn(sentence: number): Mention[];
  /** Evidence for the normalized-text span `[start, end)`. */
  evidence(start: number, end: number): Evidence;
}

const PLACES: ReadonlySet<EntityType> = new Set(PLACE_TYPES);

export const isPlace = (entity: Entity): boolean => PLACES.has(entity.type);

/** A place or an organization: what can hold posts, cooperate and carry out programs. */
export const isBody = (entity: Entity): boolean =>
  isPlace(entity) || entity.type === 'Organization';

/** Words around an outlet's name where reports credit it (某某网讯, 某某日报记者, 来源：某某). */
const CREDITED_AFTER = /^(记者|通讯员|特约记者|讯|\d{1,2}月\d{1,2}日[讯电])/;
const CREDITED_BEFORE = /(来源[:：]\s*|据)$/;

/**
 * The organizations the document credits as its outlets: named before 记者/讯 or after
 * 来源/据, or only outside the body (headers, bylines). They report; figures and
 * programs are not theirs.
 */
export function outletsOf(ctx: RelationContext): Set<Entity> {
  const { text } = ctx.doc;
  const body = new Set(ctx.sentences.filter((s) => s.kind === 'body').map((s) => s.index));
  const outlets = new Set<Entity>();
  for (const entity of ctx.graph.entities) {
    if (entity.type !== 'Organization') continue;
    const mentions = entity.mentions ?? [];
    const credited = mentions.some(
      (m) =>
        CREDITED_AFTER.test(text.slice(m.textEnd, m.textEnd + 8)) ||
        CREDITED_BEFORE.test(text.slice(Math.max(0, m.textStart - 4), m.textStart)),
    );
    if (credited || mentions.every((m) => !body.has(m.sentence))) outlets.add(entity);
  }
  return outlets;
}

export function relationContext(doc: NormalizedDocument, graph: DocumentGraph): RelationContext {
  const sentenceOf = sentenceLocator(doc);
  const all: Mention[] = graph.entities
    .flatMap((entity) =>
      (entity.mentions ?? []).map((m) => ({
        entity,
        start: m.textStart,
        end: m.textEnd,
        sentence: m.sentence,
      })),
    )
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const mentions = keepOutermost(all);
  const bySentence = new Map<number, Mention[]>();
  for (const m of mentions) {
    const list = bySentence.get(m.sentence) ?? [];
    list.push(m);
    bySentence.set(m.sentence, list);
  }
  const sentenceByIndex = new Map(doc.sentences.map((s) => [s.index, s]));
  return {
    doc,
    graph,
    mentions,
    nestedIn: (outer) =>
      all.filter((m) => m !== outer && m.start >= outer.start && m.end <= outer.end),
    sentences: doc.sentences,
    sentence: (index) => sentenceByIndex.get(index),
    sentenceText: (index) => {
      const s = sentenceByIndex.get(index);
      return s ? doc.text.slice(s.start, s.end) : '';
    },
    mentionsIn: (sentence) => bySentence.get(sentence) ?? [],
    evidence: (start, end) => evidenceOf(doc, start, end, sentenceOf),
  };
}

/**
 * A relation between two mentions, its evidence the span from the first to the last
 * of them and of `spans` (the words that state it, such as a post between them).
 */
export function relationBetween(
  ctx: RelationContext,
  type: Relation['type'],
  head: Mention,
  tail: Mention,
  extra: Partial<Relation> = {},
  spans: ReadonlyArray<{ start: number; end: number }> = [],
): Relation {
  const all = [head, tail, ...spans];
  return {
    type,
    head: head.entity.name,
    tail: tail.entity.name,
    ...extra,
    evidence: [
      ctx.evidence(Math.min(...all.map((s) => s.start)), Math.max(...all.map((s) => s.end))),
    ],
  };
}
