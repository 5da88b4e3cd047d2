/**
 * Where each pair of characters stands in a text, so that the occurrences of many
 * words (every candidate name of a document) are found from one pass over the
 * text instead of one `indexOf` scan per word.
 */
export class PairIndex {
  private readonly byPair = new Map<number, number[]>();

  constructor(private readonly text: string) {
    for (let i = 0; i + 1 < text.length; i++) {
      const key = text.charCodeAt(i) * 0x10000 + text.charCodeAt(i + 1);
      const starts = this.byPair.get(key);
      if (starts) starts.push(i);
      else this.byPair.set(key, [i]);
    }
  }

  /** Start offsets of every non-overlapping occurrence of `word`, as `occurrences` gives them. */
  occurrences(word: string): number[] {
    const found: number[] = [];
    if (!word) return found;
    if (word.length === 1) {
      for (let at = this.text.indexOf(word); at >= 0; at = this.text.indexOf(word, at + 1))
        found.push(at);
      return found;
    }
    const starts = this.byPair.get(word.charCodeAt(0) * 0x10000 + word.charCodeAt(1)) ?? [];
    let from = 0;
    for (const at of starts) {
      if (at < from || !this.text.startsWith(word, at)) continue;
      found.push(at);
      from = at + word.length;
    }
    return found;
  }
}
