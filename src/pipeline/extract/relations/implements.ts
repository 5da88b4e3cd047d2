/**
 * IMPLEMENTS: who carries out a named program. The doer is the nearest place
 * or organization before the program in its part of the sentence (parts end at
 * ；), else the first one after it, else a person named before it there (某某倡议
 * 实施“X”), else the one the paragraph's earlier sentences open with
 * (…整治河道。同时推出“X”平台). Only where a verb of carrying out
 * introduces the program (实施“X”) does the sentence's topic stand in for an
 * unnamed doer: a program merely named has no doer.
 */
import type { Relation } from '../../../types/graph';
import type { Mention, RelationContext } from './context';
import { PART_BREAK, clauses, within } from './clauses';
import { Topics, bodiesIn, nearestBody, paragraphSubjects } from './topics';
import { isBody, outletsOf } from './context';

export interface ImplementsLexicon {
  /** Verbs that state a program is carried out (实施, 推行, 打造). */
  programVerbs: string[];
}

/** A verb of carrying out before the program in its part of the sentence. */
const introducedBy = (before: string, lexicon: ImplementsLexicon) =>
  lexicon.programVerbs.some((v) => before.includes(v));

/** A person who starts the clause of a program with no body named: 某某倡议筹集“某某基金”. */
const doerBefore = (mentions: Mention[], at: number) =>
  mentions.filter((m) => m.entity.type === 'Person' && m.end <= at).pop()?.entity;

export function findImplementers(
  ctx: RelationContext,
  topics: Topics,
  lexicon: ImplementsLexicon,
): Relation[] {
  const { text } = ctx.doc;
  const relations: Relation[] = [];
  const outlets = outletsOf(ctx);
  const inherited = paragraphSubjects(ctx, (e) => isBody(e) && !outlets.has(e));
  for (const sentence of ctx.sentences) {
    if (sentence.kind === 'title') continue;
    const mentions = ctx.mentionsIn(sentence.index);
    const bodies = bodiesIn(ctx, sentence.index).filter((m) => !outlets.has(m.entity));
    const carried = inherited.get(sentence.index);
    for (const part of clauses(text, sentence.start, sentence.end, PART_BREAK)) {
      for (const program of mentions.filter(within(part))) {
        if (program.entity.type !== 'Program') continue;
        const doer =
          nearestBody(bodies.filter(within(part)), program.start, program.end) ??
          doerBefore(mentions.filter(within(part)), program.start) ??
          carried ??
          (introducedBy(text.slice(part.start, program.start), lexicon)
            ? topics.get(sentence.index)
            : undefined);
        if (!doer) continue;
        relations.push({
          type: 'IMPLEMENTS',
          head: doer.name,
          tail: program.entity.name,
          evidence: [ctx.evidence(part.start, part.end)],
        });
      }
    }
  }
  return relations;
}
