/**
 * Bylines: a journalist, editor or photographer of a named outlet (来源:浙江日报
 * 作者:记者 X) holds that role at the outlet. "本报" names the document's own
 * outlet, so it counts only when the document says what that is.
 */
import type { Relation } from '../../../types/graph';
import type { RelationContext } from './context';

/** Words that say "this outlet" in front of a role (本报记者). */
const OWN_OUTLET = /^(本报|本刊|本台|本网)/;

export function findBylinePosts(ctx: RelationContext): Relation[] {
  const { source, authors } = ctx.doc.meta;
  const outlet = ctx.graph.entities.find((e) => e.type === 'Organization' && e.name === source);
  if (!outlet) return [];
  const relations: Relation[] = [];
  for (const author of authors) {
    const person = ctx.graph.entities.find((e) => e.type === 'Person' && e.name === author.name);
    const title = author.role.replace(OWN_OUTLET, '');
    if (!person || !title) continue;
    const mention = person.mentions?.[0];
    relations.push({
      type: 'HOLDS_POSITION',
      head: person.name,
      tail: outlet.name,
      title,
      ...(mention ? { evidence: [ctx.evidence(mention.textStart, mention.textEnd)] } : {}),
    });
  }
  return relations;
}
