/**
 * LOCATED_IN as the text states it: place chains (X市Y区Z街道), "位于<chain>"
 * for an organization, and an organization written right after a place
 * (Y镇Z合作社). The gazetteer's full hierarchy is the loader's business.
 */
import type { Relation } from '../../../types/graph';
import type { Mention, RelationContext } from './context';
import { isPlace } from './context';
import { chainLinks } from './chains';

export interface LocationLexicon {
  /** Verbs that state where something lies (位于, 坐落于). */
  locatedVerbs: string[];
}

export function findLocations(ctx: RelationContext, lexicon: LocationLexicon): Relation[] {
  const { text } = ctx.doc;
  const relations: Relation[] = [];
  const link = (inner: Mention, outer: Mention) =>
    relations.push({
      type: 'LOCATED_IN',
      head: inner.entity.name,
      tail: outer.entity.name,
      evidence: [ctx.evidence(Math.min(inner.start, outer.start), Math.max(inner.end, outer.end))],
    });
  for (const sentence of ctx.sentences) {
    const mentions = ctx.mentionsIn(sentence.index);
    for (const [outer, inner] of chainLinks(text, mentions)) link(inner, outer);
    for (const [i, m] of mentions.entries()) {
      if (m.entity.type !== 'Organization') continue;
      const before = mentions.slice(0, i).filter((p) => p.end <= m.start && isPlace(p.entity));
      const last = before[before.length - 1];
      if (!last) continue;
      const between = text.slice(last.end, m.start);
      // "Y镇Z合作社", or "位于X村的Z产业园".
      if (between.trim() === '' || (between === '的' && statesLocation(text, before, lexicon)))
        link(m, last);
    }
  }
  return relations;
}

/** True when a locating verb stands right before the chain of places that ends the list. */
function statesLocation(text: string, places: Mention[], lexicon: LocationLexicon): boolean {
  let first = places[places.length - 1];
  for (
    let i = places.length - 2;
    i >= 0 && text.slice(places[i].end, first.start).trim() === '';
    i--
  )
    first = places[i];
  const head = text.slice(Math.max(0, first.start - 4), first.start);
  return lexicon.locatedVerbs.some((v) => head.endsWith(v));
}
