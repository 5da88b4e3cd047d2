/** Clauses: the parts of a sentence between commas, semicolons and colons (or other breaks). */
import { codeTable } from './code-table';
import type { Mention } from './context';

export interface Clause {
  start: number;
  end: number;
}

const CLAUSE_BREAK = '，,；;：:';
/** Semicolons only: the parts of a sentence that each have their own subject. */
export const PART_BREAK = '；;';

/** Clauses of text[start, end) split at any of the characters of `breaks`. */
export function clauses(text: string, start: number, end: number, breaks = CLAUSE_BREAK): Clause[] {
  const spans: Clause[] = [];
  const isBreak = codeTable(breaks);
  let from = start;
  // A scan of the sentence itself: a regular expression would search on to the text's end.
  // By character code: `text[at]` would build a string per character.
  for (let at = start; at < end; at++) {
    if (isBreak[text.charCodeAt(at)] !== 1) continue;
    spans.push({ start: from, end: at });
    from = at + 1;
  }
  spans.push({ start: from, end });
  return spans.filter((c) => c.end > c.start);
}

export const within = (clause: Clause) => (m: Mention) =>
  m.start >= clause.start && m.end <= clause.end;
