/**
 * One relation per (type, head, tail), as the spec asks: several posts at one
 * body join in one title with 、, evidence accumulates, and COOPERATES_WITH is
 * the same relation in either direction.
 */
import type { Relation } from '../../../types/graph';

const keyOf = (r: Relation) => {
  const [a, b] =
    r.type === 'COOPERATES_WITH' && r.head > r.tail ? [r.tail, r.head] : [r.head, r.tail];
  return `${r.type}|${a}|${b}`;
};

function joinTitles(a: string | undefined, b: string | undefined): string | undefined {
  if (!a || !b) return a ?? b;
  const parts = a.split('、');
  for (const part of b.split('、'))
    if (!parts.some((p) => p.includes(part) || part.includes(p))) parts.push(part);
  return parts.join('、');
}

/** A post the text gives no end and no past or future status: still held. */
const stillHeld = (r: Relation) =>
  r.type === 'HOLDS_POSITION' && !r.until && (r.status ?? 'current') === 'current';

export function mergeRelations(relations: Relation[]): Relation[] {
  const merged = new Map<string, Relation>();
  const held = new Set<string>();
  for (const r of relations) {
    if (r.head === r.tail) continue;
    const key = keyOf(r);
    if (stillHeld(r)) held.add(key);
    const seen = merged.get(key);
    if (!seen) {
      merged.set(key, { ...r, evidence: [...(r.evidence ?? [])] });
      continue;
    }
    const title = joinTitles(seen.title, r.title);
    if (title) seen.title = title;
    seen.date ??= r.date;
    seen.status ??= r.status;
    // A post's span runs from its earliest start to its latest end.
    if (r.since && (!seen.since || r.since < seen.since)) seen.since = r.since;
    if (r.until && (!seen.until || r.until > seen.until)) seen.until = r.until;
    // 2005年至2012年任村委会主任，2012年起任书记: one of the posts is still held.
    if (held.has(key)) delete seen.until;
    seen.evidence?.push(...(r.evidence ?? []));
  }
  return [...merged.values()];
}
