/**
 * When and where events happened. OCCURRED_IN: an event or program in a
 * sentence that opens with a year, an event after the sentence's date (3月29日,
 * resolved against the publication date), or under a heading that is only a year
 * (a chronicle: "2015年" followed by that year's lines). HELD_IN: "X在杭州召开",
 * or a place written right before the event's name (秀洲区“…”擂台赛).
 */
import type { Entity, Relation } from '../../../types/graph';
import type { Mention, RelationContext } from './context';
import { isPlace, relationBetween } from './context';
import { clauses, within } from './clauses';
import { findDates } from './dates';

export interface TimelineLexicon {
  /** Verbs that say a meeting took place (召开, 举行). */
  heldVerbs: string[];
}

const YEAR_HEADING = /^\s*(\d{4})\s*年?\s*$/;
const DATED = new Set(['Event', 'Program']);

export function findTimeline(ctx: RelationContext, lexicon: TimelineLexicon): Relation[] {
  return [...occurrences(ctx, lexicon), ...venues(ctx, lexicon)];
}

function occurrences(ctx: RelationContext, lexicon: TimelineLexicon): Relation[] {
  const { text } = ctx.doc;
  const relations: Relation[] = [];
  const years = new Map(
    ctx.graph.entities.filter((e) => e.type === 'Year').map((e) => [e.name, e] as const),
  );
  let heading: Entity | undefined;
  for (const sentence of ctx.sentences) {
    const sentenceText = ctx.sentenceText(sentence.index);
    if (sentence.kind === 'title') {
      heading = years.get(YEAR_HEADING.exec(sentenceText)?.[1] ?? '');
      continue;
    }
    const mentions = ctx.mentionsIn(sentence.index);
    if (!mentions.some((m) => DATED.has(m.entity.type))) continue;
    // A meeting held on a date (3月29日，…召开…大会) took place in that date's year.
    const dated = findDates(sentenceText, ctx.doc.meta.date)[0];
    const datedYear = dated && years.get(dated.iso.slice(0, 4));
    for (const m of mentions) {
      if (!DATED.has(m.entity.type)) continue;
      const before = text.slice(sentence.start, m.start);
      const held =
        m.entity.type === 'Event' &&
        dated !== undefined &&
        sentence.start + dated.end <= m.start &&
        lexicon.heldVerbs.some((v) => before.includes(v));
      const meetingYear = held ? datedYear : undefined;
      const year = yearBefore(mentions, m) ?? meetingYear ?? heading;
      if (!year) continue;
      relations.push({
        type: 'OCCURRED_IN',
        head: m.entity.name,
        tail: year.name,
        evidence: [ctx.evidence(sentence.start, sentence.end)],
      });
    }
  }
  return relations;
}

/** The year a sentence opens with, when the mention follows it. */
function yearBefore(mentions: Mention[], m: Mention): Entity | undefined {
  const first = mentions[0];
  return first && first.entity.type === 'Year' && first.end <= m.start ? first.entity : undefined;
}

function venues(ctx: RelationContext, lexicon: TimelineLexicon): Relation[] {
  const { text } = ctx.doc;
  const relations: Relation[] = [];
  const held = (event: Mention, place: Mention) =>
    relations.push(relationBetween(ctx, 'HELD_IN', event, place));
  for (const sentence of ctx.sentences) {
    const mentions = ctx.mentionsIn(sentence.index);
    if (!mentions.some((m) => m.entity.type === 'Event')) continue;
    for (const clause of clauses(text, sentence.start, sentence.end)) {
      const inClause = mentions.filter(within(clause));
      for (const [i, m] of inClause.entries()) {
        if (m.entity.type !== 'Event') continue;
        const next = inClause[i + 1];
        // "X在杭州召开"
        if (next && isPlace(next.entity) && text.slice(m.end, next.start) === '在') {
          const after = text.slice(next.end, clause.end);
          if (lexicon.heldVerbs.some((v) => after.startsWith(v))) held(m, next);
        }
        // "秀洲区“…”擂台赛"
        const previous = inClause[i - 1];
        if (
          previous &&
          isPlace(previous.entity) &&
          /^[“"「]?$/.test(text.slice(previous.end, m.start))
        )
          held(m, previous);
      }
    }
  }
  return relations;
}
