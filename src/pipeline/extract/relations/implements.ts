/**
 * IMPLEMENTS: who carries out a named program. The doer is the nearest place
 * or organization before the program in its part of the sentence (parts end at
 * ；), else the first one after it (…、实施“X”……今年以来，嘉兴以…). A part that
 * names none ("我们将大力推进…") belongs to its section: the body its heading
 * names (代表、X市委书记Y：), and past that the body the document mentions most.
 */
import type { Entity, Relation } from '../../../types/graph';
import type { Mention, RelationContext } from './context';
import { isBody } from './context';
import { innermost } from './chains';
import { PART_BREAK, clauses, within } from './clauses';

export function findImplementers(ctx: RelationContext): Relation[] {
  const { text } = ctx.doc;
  const relations: Relation[] = [];
  const documentDoer = mostMentioned(ctx.mentions);
  let headingDoer: Entity | undefined;
  for (const [i, sentence] of ctx.sentences.entries()) {
    const mentions = ctx.mentionsIn(sentence.index);
    const bodies = innermost(text, mentions).filter((m) => isBody(m.entity));
    if (sentence.kind === 'title') {
      if (ctx.sentences[i + 1]?.kind !== 'title') headingDoer = bodies[bodies.length - 1]?.entity;
      continue;
    }
    for (const part of clauses(text, sentence.start, sentence.end, PART_BREAK)) {
      const inPart = bodies.filter(within(part));
      for (const program of mentions.filter(within(part))) {
        if (program.entity.type !== 'Program') continue;
        const doer =
          inPart.filter((b) => b.end <= program.start).pop()?.entity ??
          inPart.find((b) => b.start >= program.end)?.entity ??
          headingDoer ??
          documentDoer;
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

function mostMentioned(mentions: Mention[]): Entity | undefined {
  const counts = new Map<Entity, number>();
  for (const m of mentions)
    if (isBody(m.entity)) counts.set(m.entity, (counts.get(m.entity) ?? 0) + 1);
  let best: Entity | undefined;
  for (const [entity, n] of counts) if (!best || n > (counts.get(best) ?? 0)) best = entity;
  return best;
}
