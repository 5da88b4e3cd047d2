/**
 * Statistics: a figure (党员184名, 1.3万名员工, 收入达996万元; see figures.ts) and
 * the holder it is said of (see fact-subjects.ts): named in its clause or sentence,
 * a stand-in for one (村集体, 全省; see stand-ins.ts), else the subject the
 * paragraph's earlier sentences open with, else the section's topic. The metric is
 * the noun phrase written before the number, or failing that the noun after its
 * unit; the year is the sentence's own (2008年, 去年 with a publication date) or the
 * chronicle heading's.
 */
import type { Entity, Fact } from '../../../types/graph';
import type { Mention, RelationContext } from './context';
import { outletsOf } from './context';
import { PART_BREAK, clauses } from './clauses';
import type { DateMention } from './dates';
import { findDates } from './dates';
import type { BylineLexicon } from './bylines';
import { creditedPersons } from './credits';
import { holdersIn, isHolder, openingOf, subjectOf } from './fact-subjects';
import type { Figure, FigureLexicon } from './figures';
import { figuresIn } from './figures';
import { Recent, StandInLexicon, standIns } from './stand-ins';
import { innermost } from './chains';
import { holdsNumeral } from './numbers';
import { Topics, paragraphSubjects } from './topics';

export interface FactLexicon
  extends FigureLexicon, StandInLexicon, Pick<BylineLexicon, 'bylineRoles'> {
  kinWords: string[];
  /** Verbs and adverbs between a metric and its number (达, 为, 共有). */
  leadWords: string[];
}

/** How often a topic is named (a heading counts for all) to hold the figures of sentences naming none. */
const MIN_TOPIC_NAMED = 3;
/** Words that date a figure to the time of writing (目前全省建成…, 发展到现在的…). */
const NOW = /目前|现在|如今|当前|眼下/g;
const METRIC_BREAK = /[，。、；：,;:（）()“”"\s和及与]/;
const MAX_METRIC = 16;
const YEAR_HEADING = /^\s*(\d{4})\s*年?\s*$/;

export function findFacts(ctx: RelationContext, lexicon: FactLexicon, topics: Topics): Fact[] {
  const { text } = ctx.doc;
  const facts: Fact[] = [];
  let headingYear: number | undefined;
  const published = ctx.doc.meta.date;
  const excluded = new Set<Entity>([...outletsOf(ctx), ...creditedPersons(ctx, lexicon)]);
  const isFree = (e: Entity) => !excluded.has(e) && isHolder(e);
  const recent = new Recent(
    innermost(text, ctx.mentions).filter((m) => isFree(m.entity) || m.entity.type === 'Program'),
  );
  const holdersOf = bySentence((index) => holdersIn(ctx, index, excluded));
  /** The stand-ins of a sentence not inside a name (村党委 in 某村党委). */
  const standInsOf = bySentence((index): Mention[] => {
    const sentence = ctx.sentence(index);
    const named = ctx.mentionsIn(index);
    return sentence
      ? standIns(text, sentence, lexicon, recent).filter(
          (s) => !named.some((m) => m.start < s.end && m.end > s.start),
        )
      : [];
  });
  const byStart = (a: Mention, b: Mention) => a.start - b.start;
  const timesNamed = new Map<Entity, number>();
  for (const m of ctx.mentions) {
    const inTitle = ctx.sentence(m.sentence)?.kind === 'title';
    timesNamed.set(m.entity, (timesNamed.get(m.entity) ?? 0) + (inTitle ? MIN_TOPIC_NAMED : 1));
  }
  /** A topic named once or twice and in no heading claims no figure for itself. */
  const strongTopic = (topic: Entity | undefined) =>
    topic && (timesNamed.get(topic) ?? 0) >= MIN_TOPIC_NAMED ? topic : undefined;
  const leadsOf = bySentence((index) => [...holdersOf(index), ...standInsOf(index)].sort(byStart));
  const inherited = paragraphSubjects(
    ctx,
    (e) => isFree(e) || e.type === 'Program',
    leadsOf,
    (sentence) =>
      openingOf(text, sentence, leadsOf(sentence.index), ctx.mentionsIn(sentence.index)),
  );
  for (const sentence of ctx.sentences) {
    const sentenceText = text.slice(sentence.start, sentence.end);
    if (sentence.kind === 'title') {
      const year = YEAR_HEADING.exec(sentenceText)?.[1];
      headingYear = year ? Number(year) : undefined;
      continue;
    }
    // No figure without a number: most sentences are passed over here.
    if (sentence.kind === 'byline' || !holdsNumeral(text, sentence.start, sentence.end)) continue;
    const mentions = ctx.mentionsIn(sentence.index);
    const holders = holdersOf(sentence.index);
    const stand = standInsOf(sentence.index);
    // Read at the sentence's first figure that has a subject: most numbers are no figure.
    let dates: DateMention[] | undefined;
    const carried = inherited.get(sentence.index);
    for (const part of clauses(text, sentence.start, sentence.end, PART_BREAK)) {
      const partClauses = clauses(text, part.start, part.end);
      for (const clause of partClauses) {
        for (const n of figuresIn(text, clause.start, clause.end, lexicon, mentions)) {
          const subject = subjectOf(n, {
            text,
            kinWords: lexicon.kinWords,
            clause,
            partClauses,
            holders,
            standIns: stand,
            mentions,
            fallbacks: [carried, strongTopic(topics.get(sentence.index))],
          });
          if (!subject) continue;
          dates ??= [
            ...findDates(sentenceText, published),
            ...nowWords(sentenceText, published),
          ].sort((a, b) => a.start - b.start);
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
 * A function of a sentence's index, computed once per sentence: the subjects of a
 * paragraph and the figures of a sentence ask for the same sentence's holders again.
 */
function bySentence<T>(find: (index: number) => T): (index: number) => T {
  const found = new Map<number, T>();
  return (index) => {
    if (!found.has(index)) found.set(index, find(index));
    return found.get(index) as T;
  };
}

/** 目前, 现在, 如今: the publication's year, for a figure written after one. */
function nowWords(text: string, published: string | undefined): DateMention[] {
  if (!published) return [];
  return [...text.matchAll(NOW)].map((m) => ({
    iso: published.slice(0, 4),
    start: m.index,
    end: m.index + m[0].length,
  }));
}

/** The noun phrase before the number (党员 in 党员184名), else the noun after its unit. */
function metricOf(
  text: string,
  n: Figure,
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
