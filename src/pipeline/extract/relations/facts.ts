/**
 * Statistics: a number with a unit (党员184名, 1.3万名员工, 收入达996万元) belongs
 * to the nearest place, organization or person before it in its clause, else to the
 * one that opens its part of the sentence (parts end at ；), else to the first one
 * before it in the sentence, else to the subject an earlier sentence of the
 * paragraph hands on when this one points back (这个村, 他), else to the sentence's
 * topic. An age (岁) is only a person's; a person who only speaks (张三介绍) holds
 * none. The metric is the noun phrase written before the number, or failing that
 * the noun after its unit. 万/亿 are expanded, 余/多/近/超 make it approximate, and
 * the year is the sentence's own (2008年, 去年 with a publication date) or the
 * chronicle heading's.
 */
import type { Entity, EntityType, Fact } from '../../../types/graph';
import type { Mention, RelationContext } from './context';
import { isBody, outletsOf } from './context';
import { innermost } from './chains';
import { PART_BREAK, clauses, within } from './clauses';
import { findDates } from './dates';
import { NUMBER, numberValue, startsNumber } from './numbers';
import { Topics, onlySpeaks, paragraphSubjects } from './topics';

export interface FactLexicon {
  /** Counting units, longest first. */
  units: string[];
  approxBefore: string[];
  approxAfter: string[];
  /** Verbs and adverbs between a metric and its number (达, 为, 共有). */
  leadWords: string[];
}

/** Below this, a number in Chinese numerals is a word, not a statistic (一个, 两省). */
const MIN_CHINESE_VALUE = 10;
/** Words after 个 that make it a duration (4个多小时, 3个月). */
const DURATION_AFTER = /^(多)?(小时|月|工作日|星期|钟头)/;
const METRIC_BREAK = /[，。、；：,;:（）()“”"\s和及与]/;
const MAX_METRIC = 16;
/** Besides places and organizations, the kinds of entity a figure can describe. */
const FACT_HOLDERS: ReadonlySet<EntityType> = new Set(['Person']);
/** Words that point back to the previous sentence's subject (他, 该村, 这个移民村). */
const ANAPHOR = /[他她其该此这]/;
const YEAR_HEADING = /^\s*(\d{4})\s*年?\s*$/;

interface NumberMatch {
  start: number;
  end: number;
  value: number;
  unit: string;
  approx: boolean;
}

export function findFacts(ctx: RelationContext, lexicon: FactLexicon, topics: Topics): Fact[] {
  const { text } = ctx.doc;
  const facts: Fact[] = [];
  let headingYear: number | undefined;
  const outlets = outletsOf(ctx);
  const inherited = paragraphSubjects(
    ctx,
    (e) => (isBody(e) && !outlets.has(e)) || FACT_HOLDERS.has(e.type),
  );
  for (const sentence of ctx.sentences) {
    const sentenceText = text.slice(sentence.start, sentence.end);
    if (sentence.kind === 'title') {
      const year = YEAR_HEADING.exec(sentenceText)?.[1];
      headingYear = year ? Number(year) : undefined;
      continue;
    }
    if (sentence.kind === 'byline') continue;
    const mentions = ctx.mentionsIn(sentence.index);
    const subjects = subjectsIn(ctx, sentence.index, outlets);
    const dates = findDates(sentenceText, ctx.doc.meta.date);
    const carried = ANAPHOR.test(sentenceText) ? inherited.get(sentence.index) : undefined;
    const fallback = carried ?? topics.get(sentence.index);
    for (const part of clauses(text, sentence.start, sentence.end, PART_BREAK)) {
      const partClauses = clauses(text, part.start, part.end);
      for (const clause of partClauses) {
        for (const n of numbersIn(text, clause.start, clause.end, lexicon, mentions)) {
          // An age is a person's (今年58岁的他); other figures belong to any subject.
          const ofPerson = n.unit === '岁';
          const candidates = ofPerson
            ? subjects.filter((m) => m.entity.type === 'Person')
            : subjects;
          const subject =
            candidates.filter((b) => within(clause)(b) && b.end <= n.start).pop()?.entity ??
            candidates.find(within(partClauses[0]))?.entity ??
            candidates.find((b) => b.end <= n.start)?.entity ??
            (ofPerson && fallback?.type !== 'Person' ? undefined : fallback);
          if (!subject) continue;
          const date = dates.filter((d) => sentence.start + d.end <= n.start).pop();
          const year = date ? Number(date.iso.slice(0, 4)) : headingYear;
          facts.push({
            subject: subject.name,
            metric: metricOf(text, n, clause.start, mentions, lexicon) || n.unit,
            value: n.value,
            unit: n.unit,
            ...(year ? { year } : {}),
            ...(n.approx ? { approx: true } : {}),
            evidence: [ctx.evidence(sentence.start, sentence.end)],
          });
        }
      }
    }
  }
  return facts;
}

/**
 * What a number can be said of: places (chains reduced to their last), organizations
 * and persons, but not a person who only speaks (…”张三介绍。).
 */
function subjectsIn(ctx: RelationContext, sentence: number, outlets: Set<Entity>): Mention[] {
  const { text } = ctx.doc;
  return innermost(text, ctx.mentionsIn(sentence)).filter(
    (m) =>
      (isBody(m.entity) && !outlets.has(m.entity)) ||
      (FACT_HOLDERS.has(m.entity.type) && !onlySpeaks(text, m)),
  );
}

function numbersIn(
  text: string,
  start: number,
  end: number,
  lexicon: FactLexicon,
  mentions: Mention[],
): NumberMatch[] {
  const found: NumberMatch[] = [];
  for (let at = start; at < end; at++) {
    // A cheap test of the character before the regular expression.
    if (!startsNumber(text.charCodeAt(at))) continue;
    if (at > start && /[\d.第]/.test(text[at - 1])) continue;
    NUMBER.lastIndex = at;
    const m = NUMBER.exec(text);
    if (!m) continue;
    let cursor = at + m[0].length;
    const after = lexicon.approxAfter.find((w) => text.startsWith(w, cursor));
    if (after) cursor += after.length;
    // "300多万元": the multiplier may follow 多.
    const multiplier = m[2] ?? (/[万亿]/.test(text[cursor]) ? text[cursor++] : undefined);
    const unit = lexicon.units.find((u) => text.startsWith(u, cursor));
    const value = numberValue(m[1], multiplier);
    at = cursor - 1;
    if (!unit || value === undefined || cursor + unit.length > end) continue;
    if (!/^\d/.test(m[1]) && !multiplier && value < MIN_CHINESE_VALUE) continue;
    if (unit === '个' && DURATION_AFTER.test(text.slice(cursor + 1))) continue;
    if (mentions.some((e) => e.start <= at && e.end > m.index)) continue;
    const before = text.slice(Math.max(start, m.index - 4), m.index);
    found.push({
      start: m.index,
      end: cursor + unit.length,
      value,
      unit: unit === '％' ? '%' : unit,
      approx: Boolean(after) || lexicon.approxBefore.some((w) => before.endsWith(w)),
    });
    at = cursor + unit.length - 1;
  }
  return found;
}

/** The noun phrase before the number (党员 in 党员184名), else the noun after its unit. */
function metricOf(
  text: string,
  n: NumberMatch,
  partStart: number,
  mentions: Mention[],
  lexicon: FactLexicon,
): string {
  let from = n.start;
  while (from > partStart && !METRIC_BREAK.test(text[from - 1]) && n.start - from < MAX_METRIC)
    from--;
  const subjectEnd = mentions.filter((m) => m.end <= n.start && m.end > from).pop()?.end;
  let before = text.slice(subjectEnd ?? from, n.start);
  for (let stripped = true; stripped;) {
    const word = [...lexicon.leadWords, ...lexicon.approxBefore].find((w) => before.endsWith(w));
    stripped = Boolean(word && before.length > word.length);
    if (word && stripped) before = before.slice(0, -word.length);
    else if (word) before = '';
  }
  if (before) return before;
  let to = n.end;
  while (to < text.length && !METRIC_BREAK.test(text[to]) && to - n.end < MAX_METRIC) to++;
  return text.slice(n.end, to);
}
