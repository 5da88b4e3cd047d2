/**
 * IMPLEMENTS: who carries out a named program. The doer is the nearest place
 * or organization before the program in its part of the sentence (parts end at
 * ；), else the first one after it (…、实施“X”……今年以来，嘉兴以…), else the
 * sentence's topic (see topics.ts).
 */
import type { Relation } from '../../../types/graph';
import type { RelationContext } from './context';
import { PART_BREAK, clauses, within } from './clauses';
import { Topics, bodiesIn, nearestBody } from './topics';

export function findImplementers(ctx: RelationContext, topics: Topics): Relation[] {
  const { text } = ctx.doc;
  const relations: Relation[] = [];
  for (const sentence of ctx.sentences) {
    if (sentence.kind === 'title') continue;
    const mentions = ctx.mentionsIn(sentence.index);
    const bodies = bodiesIn(ctx, sentence.index);
    for (const part of clauses(text, sentence.start, sentence.end, PART_BREAK)) {
      for (const program of mentions.filter(within(part))) {
        if (program.entity.type !== 'Program') continue;
        const doer =
          nearestBody(bodies.filter(within(part)), program.start, program.end) ??
          topics.get(sentence.index);
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
