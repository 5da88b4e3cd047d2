/**
 * IMPLEMENTS: who carries out a named program. The doer is the nearest place
 * or organization before the program in its sentence; a sentence that names
 * none ("我们将大力推进…") continues its section, whose doer is the body the
 * section mentions most, and past that the document's.
 */
import type { Entity, Relation } from '../../../types/graph';
import type { Mention, RelationContext } from './context';
import { isBody } from './context';
import { innermost } from './chains';

export function findImplementers(ctx: RelationContext): Relation[] {
  const { text } = ctx.doc;
  const relations: Relation[] = [];
  const documentDoer = mostMentioned(ctx.mentions);
  let section: Mention[] = [];
  for (const [i, sentence] of ctx.sentences.entries()) {
    if (sentence.kind === 'title' && ctx.sentences[i - 1]?.kind !== 'title')
      section = sectionMentions(ctx, i);
    const mentions = ctx.mentionsIn(sentence.index);
    const bodies = innermost(text, mentions).filter((m) => isBody(m.entity));
    for (const program of mentions) {
      if (program.entity.type !== 'Program') continue;
      const before = bodies.filter((b) => b.end <= program.start);
      const doer = before[before.length - 1]?.entity ?? mostMentioned(section) ?? documentDoer;
      if (!doer) continue;
      relations.push({
        type: 'IMPLEMENTS',
        head: doer.name,
        tail: program.entity.name,
        evidence: [ctx.evidence(sentence.start, sentence.end)],
      });
    }
  }
  return relations;
}

/** The mentions from a heading (one or more title lines) up to the next heading. */
function sectionMentions(ctx: RelationContext, first: number): Mention[] {
  const { sentences } = ctx;
  let next = first;
  while (sentences[next]?.kind === 'title') next++;
  while (next < sentences.length && sentences[next].kind !== 'title') next++;
  const start = sentences[first].start;
  const end = sentences[next]?.start ?? ctx.doc.text.length;
  return ctx.mentions.filter((m) => m.start >= start && m.end <= end);
}

function mostMentioned(mentions: Mention[]): Entity | undefined {
  const counts = new Map<Entity, number>();
  for (const m of mentions)
    if (isBody(m.entity)) counts.set(m.entity, (counts.get(m.entity) ?? 0) + 1);
  let best: Entity | undefined;
  for (const [entity, n] of counts) if (!best || n > (counts.get(best) ?? 0)) best = entity;
  return best;
}
