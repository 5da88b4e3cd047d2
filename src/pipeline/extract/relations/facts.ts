/**
 * Statistics: a figure (党员184名, 1.3万名员工, 收入达996万元; see figures.ts) belongs
 * to the nearest holder before it in its clause (see fact-subjects.ts), else to the
 * one that opens its part of the sentence (parts end at ；), else to the first one
 * before it in the sentence, else to the subject an earlier sentence of the
 * paragraph hands on when this one points back (这个村, 他), else to the sentence's
 * topic. The metric is the noun phrase written before the number, or failing that
 * the noun after its unit; the year is the sentence's own (2008年, 去年 with a
 * publication date) or the chronicle heading's.
 */
import type { Entity, Fact } from '../../../types/graph';
import type { Mention, RelationContext } from './context';
import { outletsOf } from './context';
import { PART_BREAK, clauses, within } from './clauses';
import { findDates } from './dates';
import type { BylineLexicon } from './bylines';
import { creditedPersons } from './credits';
import { canHold, holdersIn, isHolder, notCounted } from './fact-subjects';
import type { Figure, FigureLexicon } from './figures';
import { figuresIn } from './figures';
import { Topics, paragraphSubjects } from './topics';

export interface FactLexicon extends FigureLexicon, Pick<BylineLexicon, 'bylineRoles'> {
  /** Verbs and adverbs between a metric and its number (达, 为, 共有). */
  leadWords: string[];
}

const METRIC_BREAK = /[，。、；：,;:（）()“”"\s和及与]/;
const MAX_METRIC = 16;
/** Words that point back to the previous sentence's subject (他, 该村, 这个移民村). */
const ANAPHOR = /[他她其该此这]/;
const YEAR_HEADING = /^\s*(\d{4})\s*年?\s*$/;

export function findFacts(ctx: RelationContext, lexicon: FactLexicon, topics: Topics): Fact[] {
  const { text } = ctx.doc;
  const facts: Fact[] = [];
  let headingYear: number | undefined;
  const excluded = new Set<Entity>([...outletsOf(ctx), ...creditedPersons(ctx, lexicon)]);
  const inherited = paragraphSubjects(ctx, (e) => !excluded.has(e) && isHolder(e));
  for (const sentence of ctx.sentences) {
    const sentenceText = text.slice(sentence.start, sentence.end);
    if (sentence.kind === 'title') {
      const year = YEAR_HEADING.exec(sentenceText)?.[1];
      headingYear = year ? Number(year) : undefined;
      continue;
    }
    if (sentence.kind === 'byline') continue;
    const mentions = ctx.mentionsIn(sentence.index);
    const holders = holdersIn(ctx, sentence.index, excluded);
    const dates = findDates(sentenceText, ctx.doc.meta.date);
    const carried = ANAPHOR.test(sentenceText) ? inherited.get(sentence.index) : undefined;
    const fallback = carried ?? topics.get(sentence.index);
    for (const part of clauses(text, sentence.start, sentence.end, PART_BREAK)) {
      const partClauses = clauses(text, part.start, part.end);
      for (const clause of partClauses) {
        for (const n of figuresIn(text, clause.start, clause.end, lexicon, mentions)) {
          const candidates = notCounted(text, holders, n).filter((m) =>
            canHold(m.entity, n, text, clause.start),
          );
          const subject =
            candidates.filter((b) => within(clause)(b) && b.end <= n.start).pop()?.entity ??
            candidates.find(within(partClauses[0]))?.entity ??
            candidates.find((b) => b.end <= n.start)?.entity ??
            (fallback && canHold(fallback, n, text, clause.start) ? fallback : undefined);
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
