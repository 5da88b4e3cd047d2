/**
 * COOPERATES_WITH: a clause that names two or more places of one level (or
 * organizations) together with a word of joint work (党建联盟, 抱团发展, 联手, 签约,
 * 结对) makes every pair of them partners: an alliance of n members is n·(n−1)/2
 * pairs. Two bodies alone in such a clause are partners whatever their kinds.
 */
import type { Relation } from '../../../types/graph';
import type { Mention, RelationContext } from './context';
import { isBody } from './context';
import { innermost } from './chains';
import { type Clause, clauses, within } from './clauses';
import { numberValue } from './numbers';
import { holdsAnyWord } from './word-gate';

export interface CooperationLexicon {
  /** Words of joint work, longest first. */
  cues: string[];
}

export function findCooperation(ctx: RelationContext, lexicon: CooperationLexicon): Relation[] {
  const { text } = ctx.doc;
  const relations: Relation[] = [];
  ctx.sentences.forEach((sentence, s) => {
    // Most sentences hold no word of joint work: asked once per sentence, not per clause.
    if (!holdsAnyWord(text, sentence.start, sentence.end, lexicon.cues)) return;
    const mentions = ctx.mentionsIn(sentence.index);
    const parts = clauses(text, sentence.start, sentence.end);
    const bodiesOf = (clause: Clause) =>
      innermost(text, mentions.filter(within(clause))).filter((m) => isBody(m.entity));
    parts.forEach((clause, k) => {
      const clauseText = text.slice(clause.start, clause.end);
      const cue = lexicon.cues.find((c) => clauseText.includes(c));
      // 甲镇某联合党委和乙镇某联合党委: each place has a body of its own, not one together.
      if (!cue || clauseText.indexOf(cue) !== clauseText.lastIndexOf(cue)) return;
      const program = mentions.filter(within(clause)).find((m) => m.entity.type === 'Program');
      let members = bodiesOf(clause);
      if (distinctEntities(members).length < 2) {
        const earlier = parts.slice(0, k).reverse().map(bodiesOf);
        const before = ctx.sentences[s - 1];
        const previous = before ? innermost(text, ctx.mentionsIn(before.index)) : [];
        members =
          countedReference(clauseText, [...earlier, previous.filter((m) => isBody(m.entity))]) ??
          (members.length === 0 ? earlier.find((e) => partnerGroups(e).length) : undefined) ??
          members;
      }
      for (const group of partnerGroups(members)) {
        for (let i = 0; i < group.length; i++)
          for (let j = i + 1; j < group.length; j++)
            relations.push({
              type: 'COOPERATES_WITH',
              head: group[i].entity.name,
              tail: group[j].entity.name,
              via: program?.entity.name ?? cue,
              evidence: [ctx.evidence(clause.start, clause.end)],
            });
      }
    });
  });
  return relations;
}

/** A count of places standing for them (三地, 两村, 双方 after 甲和乙). */
const COUNTED = /(双|[两二三四五六七八九十]|\d+)(地|村|镇|乡|县|市|区|方)/;

/**
 * The places a counted reference (三地联建, 两村共建) points back to: the nearest
 * earlier group, in the clauses before it or the sentence before, of exactly that
 * many places of one kind.
 */
function countedReference(clauseText: string, earlier: Mention[][]): Mention[] | undefined {
  const match = COUNTED.exec(clauseText);
  if (!match) return undefined;
  const [, numeral] = match;
  const count = numeral === '双' ? 2 : numberValue(numeral);
  for (const mentions of earlier) {
    const group = groupByType(distinctEntities(mentions)).find((g) => g.length === count);
    if (group) return group;
  }
  return undefined;
}

const distinctEntities = (mentions: Mention[]) =>
  mentions.filter((m, i) => mentions.findIndex((o) => o.entity === m.entity) === i);

/**
 * The groups whose members pair up: two bodies alone in the clause are partners
 * whatever their kinds (某公司和某村结对); more are grouped by type, so that a
 * town is not paired with the villages of another.
 */
function partnerGroups(mentions: Mention[]): Mention[][] {
  const distinct = distinctEntities(mentions);
  return distinct.length === 2 ? [distinct] : groupByType(distinct);
}

/** Distinct entities per type, in order of first mention. */
function groupByType(mentions: Mention[]): Mention[][] {
  const groups = new Map<string, Mention[]>();
  for (const m of mentions) {
    const group = groups.get(m.entity.type) ?? [];
    if (!group.some((g) => g.entity === m.entity)) group.push(m);
    groups.set(m.entity.type, group);
  }
  return [...groups.values()].filter((g) => g.length > 1);
}
