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
import { clauses, within } from './clauses';

export interface CooperationLexicon {
  /** Words of joint work, longest first. */
  cues: string[];
}

export function findCooperation(ctx: RelationContext, lexicon: CooperationLexicon): Relation[] {
  const { text } = ctx.doc;
  const relations: Relation[] = [];
  for (const sentence of ctx.sentences) {
    const mentions = ctx.mentionsIn(sentence.index);
    for (const clause of clauses(text, sentence.start, sentence.end)) {
      const clauseText = text.slice(clause.start, clause.end);
      const cue = lexicon.cues.find((c) => clauseText.includes(c));
      if (!cue) continue;
      const inClause = mentions.filter(within(clause));
      const program = inClause.find((m) => m.entity.type === 'Program');
      const members = innermost(text, inClause).filter((m) => isBody(m.entity));
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
    }
  }
  return relations;
}

/**
 * The groups whose members pair up: two bodies alone in the clause are partners
 * whatever their kinds (某公司和某村结对); more are grouped by type, so that a
 * town is not paired with the villages of another.
 */
function partnerGroups(mentions: Mention[]): Mention[][] {
  const distinct = mentions.filter(
    (m, i) => mentions.findIndex((o) => o.entity === m.entity) === i,
  );
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
