/** Clauses: the parts of a sentence between commas, semicolons and colons (or other breaks). */
import type { Mention } from './context';

export interface Clause {
  start: number;
  end: number;
}

const CLAUSE_BREAK = /[，,；;：:]/g;
/** Semicolons only: the parts of a sentence that each have their own subject. */
export const PART_BREAK = /[；;]/g;

export function clauses(text: string, start: number, end: number, breaks = CLAUSE_BREAK): Clause[] {
  const spans: Clause[] = [];
  let from = start;
  // Searched in place (no slice of the sentence); `breaks` is global, its lastIndex ours.
  breaks.lastIndex = start;
  for (let m = breaks.exec(text); m && m.index < end; m = breaks.exec(text)) {
    spans.push({ start: from, end: m.index });
    from = m.index + 1;
  }
  spans.push({ start: from, end });
  return spans.filter((c) => c.end > c.start);
}

export const within = (clause: Clause) => (m: Mention) =>
  m.start >= clause.start && m.end <= clause.end;
