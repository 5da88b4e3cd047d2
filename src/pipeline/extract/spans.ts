/** Small helpers over text spans shared by the recognizers. */

/** Start offsets of every non-overlapping occurrence of `word` in `text`. */
export function* occurrences(text: string, word: string): Generator<number> {
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + word.length)) yield at;
}

/** Whether any offset in [start, end) is marked (1) in `marks`; offsets outside count as unmarked. */
export function anyMarked(marks: Uint8Array, start: number, end: number): boolean {
  for (let i = Math.max(0, start); i < Math.min(end, marks.length); i++) if (marks[i]) return true;
  return false;
}

/** Drops mentions inside longer ones (研究院 inside 某某化工技术研究院). */
export function keepOutermost<T extends { start: number; end: number }>(mentions: T[]): T[] {
  const sorted = [...mentions].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: T[] = [];
  for (const m of sorted) {
    const last = kept[kept.length - 1];
    if (last && m.start >= last.start && m.end <= last.end) continue;
    kept.push(m);
  }
  return kept;
}
