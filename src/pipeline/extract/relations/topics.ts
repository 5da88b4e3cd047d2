/**
 * Who a sentence is about when it names no one ("我们将大力推进…"): the place or
 * organization its section's heading names (党的二十大代表、X市委书记Y：), and
 * past that the one the document mentions most.
 */
import type { Sentence } from '../../../types/document';
import type { Entity } from '../../../types/graph';
import type { Mention, RelationContext } from './context';
import { isBody, outletsOf } from './context';
import { innermost } from './chains';
import type { Clause } from './clauses';
import { clauses, within } from './clauses';

/** The fallback subject of each sentence, by sentence index. */
export type Topics = ReadonlyMap<number, Entity | undefined>;

/** A section's own topic needs this many mentions; one passing mention is no topic. */
const MIN_SECTION_MENTIONS = 2;
/** Quoted words before a subject make it the speaker, not what the paragraph is about. */
const QUOTE = /[“”"「」]/;
/** 说/介绍/表示, perhaps after a manner word (高兴地说). */
const SPEAKS = /^(?:\p{Script=Han}{1,4}地)?(说|介绍|表示)/u;

/**
 * The fallback subject of every sentence, by sentence index: the body its
 * section's heading names, else the one the section names most (at least
 * twice), else the one the document names most.
 */
export function sentenceTopics(ctx: RelationContext): Topics {
  // Headers, credits and captions name outlets and sections, not what the report is about.
  const inBody = new Set(ctx.sentences.filter((s) => s.kind === 'body').map((s) => s.index));
  const outlets = outletsOf(ctx);
  const documentTopic = mostMentioned(
    ctx.mentions.filter((m) => inBody.has(m.sentence) && !outlets.has(m.entity)),
  );
  const topics = new Map<number, Entity | undefined>();
  let topic: Entity | undefined;
  for (const [i, sentence] of ctx.sentences.entries()) {
    if (sentence.kind === 'title' && ctx.sentences[i - 1]?.kind !== 'title')
      topic = sectionTopic(ctx, i, outlets);
    topics.set(sentence.index, topic ?? documentTopic);
  }
  return topics;
}

/** For the section whose heading starts at position `first` of the sentences. */
function sectionTopic(
  ctx: RelationContext,
  first: number,
  outlets: Set<Entity>,
): Entity | undefined {
  const { sentences } = ctx;
  let last = first;
  while (sentences[last + 1]?.kind === 'title') last++;
  const named = bodiesIn(ctx, sentences[last].index)
    .filter((m) => !outlets.has(m.entity))
    .pop()?.entity;
  if (named) return named;
  let next = last + 1;
  while (next < sentences.length && sentences[next].kind !== 'title') next++;
  const start = sentences[first].start;
  const end = sentences[next]?.start ?? ctx.doc.text.length;
  return mostMentioned(
    ctx.mentions.filter((m) => m.start >= start && m.end <= end && !outlets.has(m.entity)),
    MIN_SECTION_MENTIONS,
  );
}

/** The places and organizations a sentence is about, chains reduced to their last place. */
export function bodiesIn(ctx: RelationContext, sentence: number): Mention[] {
  return innermost(ctx.doc.text, ctx.mentionsIn(sentence)).filter((m) => isBody(m.entity));
}

/** The body nearest before `[start, end)` among `bodies`, else the first one after it. */
export function nearestBody(bodies: Mention[], start: number, end: number): Entity | undefined {
  return (
    bodies.filter((b) => b.end <= start).pop()?.entity ?? bodies.find((b) => b.start >= end)?.entity
  );
}

/** Whether a mention is followed by a verb of saying: the speaker, not the subject (…”张三介绍。). */
export const onlySpeaks = (text: string, m: Mention): boolean =>
  SPEAKS.test(text.slice(m.end, m.end + 8));

/**
 * The subject each sentence inherits from the sentences before it in its paragraph:
 * the first subject (per `accepts`) of the last one that opens with one in its first
 * clause, not after quoted words and not followed by 说/介绍 (those name a speaker).
 * By sentence index. `mentionsOf` gives a sentence's mentions in text order, `openingOf`
 * the span a subject opens (its first clause); `opens`
 * whether a lead may open one (not 某村3组村民某某).
 */
export function paragraphSubjects(
  ctx: RelationContext,
  accepts: (entity: Entity) => boolean,
  mentionsOf = (sentence: number) => innermost(ctx.doc.text, ctx.mentionsIn(sentence)),
  openingOf = (sentence: Sentence): Clause =>
    clauses(ctx.doc.text, sentence.start, sentence.end)[0],
  opens: (lead: Mention) => boolean = () => true,
): Topics {
  const { text } = ctx.doc;
  const inherited = new Map<number, Entity | undefined>();
  let carried: Entity | undefined;
  let previousEnd = 0;
  for (const sentence of ctx.sentences) {
    if (text.slice(previousEnd, sentence.start).includes('\n')) carried = undefined;
    previousEnd = sentence.end;
    inherited.set(sentence.index, carried);
    if (sentence.kind !== 'body') continue;
    const lead = mentionsOf(sentence.index).find((m) => accepts(m.entity));
    if (
      lead &&
      within(openingOf(sentence))(lead) &&
      !QUOTE.test(text.slice(sentence.start, lead.start)) &&
      !onlySpeaks(text, lead) &&
      opens(lead)
    )
      carried = lead.entity;
  }
  return inherited;
}

function mostMentioned(mentions: Mention[], atLeast = 1): Entity | undefined {
  const counts = new Map<Entity, number>();
  for (const m of mentions)
    if (isBody(m.entity)) counts.set(m.entity, (counts.get(m.entity) ?? 0) + 1);
  let best: Entity | undefined;
  for (const [entity, n] of counts) if (!best || n > (counts.get(best) ?? 0)) best = entity;
  return best && (counts.get(best) ?? 0) >= atLeast ? best : undefined;
}
