/**
 * Who a figure is said of. Holders are places, organizations and persons, but not
 * an outlet, a person credited for the report (记者甲) or one who only speaks
 * (张三介绍). Names listed right before a figure are what it counts (甲村、乙村2个
 * 产业园), not its holder. An age is only a person's; a count of people is a
 * person's only as a household (一家7口人); a length or an area never is.
 */
import type { Sentence } from '../../../types/document';
import type { Entity } from '../../../types/graph';
import type { Clause } from './clauses';
import { clauses, within } from './clauses';
import type { Mention, RelationContext } from './context';
import { isBody } from './context';
import { innermost } from './chains';
import type { Figure } from './figures';
import { onlySpeaks } from './topics';

/** Units of a count of people: a person holds one only as a household. */
const PEOPLE_UNITS = new Set(['人', '名', '位']);
/** Units of length and area: said of places and things, not of persons. */
const MEASURE_UNITS = new Set(['米', '公里', '千米', '平方米', '平方公里', '公顷']);
const HOUSEHOLD = /[家口]/;
/** What may stand between the names of a list and the figure that counts them, names not read included. */
const LIST_GAP = /^(、\p{Script=Han}{1,5})*[、，,和与及]?等?$/u;

/** VP set: programs hold figures too. Read once: asking process.env at every mention costs. */
const PROGRAMS_HOLD = Boolean(process.env.VP);

/** Places, organizations and persons: what a figure can be said of. */
export const isHolder = (entity: Entity): boolean =>
  isBody(entity) || entity.type === 'Person' || (PROGRAMS_HOLD && entity.type === 'Program');

/** The mentions of a sentence that can hold a figure, chains reduced to their last place. */
export function holdersIn(
  ctx: RelationContext,
  sentence: number,
  excluded: ReadonlySet<Entity>,
): Mention[] {
  const { text } = ctx.doc;
  return innermost(text, ctx.mentionsIn(sentence)).filter(
    (m) =>
      !excluded.has(m.entity) &&
      isHolder(m.entity) &&
      !(m.entity.type === 'Person' && onlySpeaks(text, m)),
  );
}

/** Whether `entity` can hold `figure`, written in `text` after `from`. */
export function canHold(entity: Entity, figure: Figure, text: string, from: number): boolean {
  if (figure.unit === '岁') return entity.type === 'Person';
  if (entity.type !== 'Person') return true;
  if (MEASURE_UNITS.has(figure.unit)) return false;
  if (PEOPLE_UNITS.has(figure.unit))
    return HOUSEHOLD.test(text.slice(Math.max(from, figure.start - 6), figure.end));
  return true;
}

/**
 * The holders before `figure` that are not names it counts: a list of two or more
 * written right before it (甲村、乙村2个), while a single name there is its holder
 * (某县28个乡镇).
 */
export function notCounted(text: string, holders: Mention[], figure: Figure): Mention[] {
  const before = holders.filter((m) => m.end <= figure.start);
  const listed: Mention[] = [];
  let edge = figure.start;
  for (const m of [...before].reverse()) {
    if (!LIST_GAP.test(text.slice(m.end, edge))) break;
    listed.push(m);
    edge = m.start;
  }
  const items = listed.length + (text.slice(edge - 1, figure.start).match(/、/g)?.length ?? 0);
  const isList = listed.length > 0 && items > 1;
  return isList ? holders.filter((m) => !listed.includes(m)) : holders;
}

/** A lead clause this short with no name (于是, 去年9月, 坚持党建引领) leaves the subject to the next. */
const SHORT_LEAD = 6;

/**
 * Where a sentence's subject opens: its first clause, or after a short lead the
 * holder the second opens with (于是，村党委…; 坚持党建引领，某省…).
 */
export function openingOf(
  text: string,
  sentence: Sentence,
  holders: Mention[],
  mentions: Mention[],
): Clause {
  const [first, second] = clauses(text, sentence.start, sentence.end);
  if (!second || first.end - first.start > SHORT_LEAD || mentions.some(within(first))) return first;
  const opener = clauseOpener(second, holders, mentions);
  return opener ? { start: first.start, end: opener.end } : first;
}

/**
 * The holder a clause opens with (而某镇某村地处…): the first, with nothing before it
 * but the places of its chain and one word.
 */
export function clauseOpener(
  clause: Clause,
  holders: Mention[],
  mentions: Mention[],
): Mention | undefined {
  const first = holders.find(within(clause));
  if (!first) return undefined;
  const named = mentions
    .filter((m) => m.start >= clause.start && m.end <= first.start)
    .reduce((sum, m) => sum + m.end - m.start, 0);
  return first.start - clause.start - named <= 1 ? first : undefined;
}

/** A count of people written right after a person's name counts the persons named (甲、乙等5人). */
function countsPersons(text: string, holders: Mention[], figure: Figure): boolean {
  const last = holders.filter((m) => m.end <= figure.start).pop();
  return last?.entity.type === 'Person' && /^[等\s]*$/.test(text.slice(last.end, figure.start));
}

export interface SubjectScope {
  text: string;
  /** Relatives (孙女, 儿媳): a figure after one is the relative's, said of no holder. */
  kinWords: string[];
  clause: Clause;
  /** The clauses of the figure's part of the sentence (parts end at ；). */
  partClauses: Clause[];
  /** The sentence's named holders and stand-ins (村里, 全省), in text order. */
  holders: Mention[];
  standIns: Mention[];
  mentions: Mention[];
  /** The subject the paragraph carries, then the section's topic. */
  fallbacks: Array<Entity | undefined>;
}

/**
 * The holder of `figure`, none when a relative is named after the last holder
 * (他的孙女17岁, 儿媳在超市工作，每月收入5000元): the nearest named holder or stand-in before it in its
 * clause, else the nearest one an earlier clause of its part opens with, else the
 * first in the part's first clause, else the first before it in the sentence,
 * else, when the sentence names no holder before it, the paragraph's carried
 * subject, else the topic.
 */
export function subjectOf(figure: Figure, scope: SubjectScope): Entity | undefined {
  const { text, clause, partClauses } = scope;
  const part = { start: partClauses[0].start, end: figure.start };
  const lastNamed = scope.holders.filter((m) => within(part)(m)).pop()?.end ?? part.start;
  const sinceNamed = text.slice(lastNamed, figure.start);
  if (scope.kinWords.some((w) => sinceNamed.includes(w))) return undefined;
  if (PEOPLE_UNITS.has(figure.unit) && countsPersons(text, scope.holders, figure)) return undefined;
  const fits = (entity: Entity) => canHold(entity, figure, text, clause.start);
  const holders = notCounted(text, scope.holders, figure).filter((m) => fits(m.entity));
  const before = (m: Mention) => m.end <= figure.start;
  const withStandIns = [...holders, ...scope.standIns.filter((m) => fits(m.entity))].sort(
    (a, b) => a.start - b.start,
  );
  const inClause = withStandIns.filter((m) => within(clause)(m) && before(m));
  const opened = partClauses
    .filter((c) => c.end <= clause.start)
    .map((c) => clauseOpener(c, holders, scope.mentions))
    .filter((m) => m !== undefined);
  return (
    inClause.pop()?.entity ??
    opened.pop()?.entity ??
    holders.find(within(partClauses[0]))?.entity ??
    withStandIns.find(before)?.entity ??
    // A sentence with a subject of its own (宏村镇今年56岁) takes none from elsewhere.
    (scope.holders.some(before)
      ? undefined
      : scope.fallbacks.find((e) => e !== undefined && fits(e)))
  );
}
