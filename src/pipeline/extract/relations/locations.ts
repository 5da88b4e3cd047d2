/**
 * LOCATED_IN as the text states it: place chains (X市Y区Z街道), "位于<chain>"
 * for an organization, and an organization written right after a place
 * (Y镇Z合作社). The gazetteer's full hierarchy is the loader's business.
 */
import type { Relation } from '../../../types/graph';
import type { Mention, RelationContext } from './context';
import { isPlace, relationBetween } from './context';
import { chainLinks } from './chains';

export interface LocationLexicon {
  /** Verbs that state where something lies (位于, 坐落于). */
  locatedVerbs: string[];
}

export function findLocations(ctx: RelationContext, lexicon: LocationLexicon): Relation[] {
  const { text } = ctx.doc;
  const relations: Relation[] = [];
  const link = (inner: Mention, outer: Mention) =>
    relations.push(relationBetween(ctx, 'LOCATED_IN', inner, outer));
  for (const sentence of ctx.sentences) {
    const mentions = ctx.mentionsIn(sentence.index);
    for (const [outer, inner] of chainLinks(text, mentions)) link(inner, outer);
    for (const [i, m] of mentions.entries()) {
      if (m.entity.type !== 'Organization') continue;
      const within = namedWithin(text, m, ctx.nestedIn(m));
      if (within) link(m, within);
      const before = mentions.slice(0, i).filter((p) => p.end <= m.start && isPlace(p.entity));
      const last = before[before.length - 1];
      if (!last) continue;
      const between = text.slice(last.end, m.start);
      // "Y镇Z合作社", or "位于X村的Z产业园".
      if (between.trim() === '' || (between === '的' && statesLocation(text, before, lexicon)))
        link(m, last);
    }
  }
  return [...relations, ...impliedByCodes(ctx, relations)];
}

/**
 * Places the text names apart but whose codes nest (嘉兴 … 南湖区): each linked
 * place lies in every one of the document's places whose code prefixes its own
 * (记者在某市走访，某村… states the village's city though its town comes between).
 */
function impliedByCodes(ctx: RelationContext, stated: Relation[]): Relation[] {
  const coded = ctx.graph.entities.filter((e) => isPlace(e) && e.adminCode);
  const statedPairs = new Set(stated.map((r) => `${r.head}|${r.tail}`));
  const implied: Relation[] = [];
  for (const place of coded) {
    const code = place.adminCode ?? '';
    const mention = place.mentions?.[0];
    if (!mention) continue;
    for (const outer of coded) {
      const outerCode = outer.adminCode ?? '';
      if (outerCode === code || !code.startsWith(outerCode)) continue;
      if (statedPairs.has(`${place.name}|${outer.name}`)) continue;
      implied.push({
        type: 'LOCATED_IN',
        head: place.name,
        tail: outer.name,
        evidence: [ctx.evidence(mention.textStart, mention.textEnd)],
      });
    }
  }
  return implied;
}

/**
 * The place an organization's name opens with, written in full (某某镇社会组织联合会,
 * 某某省某某研究中心); a short form (浙江红船…) is a brand more often than an address.
 */
function namedWithin(text: string, org: Mention, nested: Mention[]): Mention | undefined {
  let last: Mention | undefined;
  let at = org.start;
  for (const m of nested) {
    if (m.start !== at || !isPlace(m.entity) || text.slice(m.start, m.end) !== m.entity.name) break;
    last = m;
    at = m.end;
  }
  return last;
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
