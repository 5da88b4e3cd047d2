/**
 * Place chains: "四川省成都市郫都区友爱镇" is four mentions written back to back,
 * each inside the one before it. The chain gives LOCATED_IN links, and its last
 * place is the one the text is about (the others only say where it lies).
 */
import type { Entity } from '../../../types/graph';
import { PLACE_TYPES } from '../../../types/graph';
import type { Mention } from './context';
import { isPlace } from './context';

const level = (entity: Entity) => PLACE_TYPES.indexOf(entity.type as (typeof PLACE_TYPES)[number]);

/** True when `inner` can lie inside `outer`: a lower level, and codes that agree when both are known. */
export function canContain(outer: Entity, inner: Entity): boolean {
  if (!isPlace(outer) || !isPlace(inner) || level(outer) >= level(inner)) return false;
  if (outer.adminCode && inner.adminCode) return inner.adminCode.startsWith(outer.adminCode);
  return true;
}

/** Pairs of mentions written back to back (white space allowed) where the first contains the second. */
export function chainLinks(
  text: string,
  mentions: Mention[],
): Array<[outer: Mention, inner: Mention]> {
  const links: Array<[Mention, Mention]> = [];
  for (let i = 0; i + 1 < mentions.length; i++) {
    const outer = mentions[i];
    // The next mention that starts after `outer`, without copying the rest of the list.
    let j = i + 1;
    while (j < mentions.length && mentions[j].start < outer.end) j++;
    const inner = mentions[j];
    if (!inner || text.slice(outer.end, inner.start).trim() !== '') continue;
    if (canContain(outer.entity, inner.entity)) links.push([outer, inner]);
  }
  return links;
}

/** The mentions that are not the outer part of a chain: the places a sentence is about. */
export function innermost(text: string, mentions: Mention[]): Mention[] {
  const outers = new Set(chainLinks(text, mentions).map(([outer]) => outer));
  return mentions.filter((m) => !outers.has(m));
}
