/**
 * Where each pair of characters stands in a text, so that the occurrences of many
 * words (every candidate name of a document) are found from one pass over the
 * text instead of one `indexOf` scan per word. Offsets whose pairs share a hash
 * bucket are chained in typed arrays, in text order: no object per pair.
 */
export class PairIndex {
  private readonly first: Int32Array;
  private readonly next: Int32Array;
  private readonly mask: number;

  constructor(private readonly text: string) {
    let buckets = 1024;
    while (buckets < 2 * text.length) buckets *= 2;
    this.mask = buckets - 1;
    this.first = new Int32Array(buckets).fill(-1);
    this.next = new Int32Array(text.length).fill(-1);
    // From the end, so that each chain runs in text order.
    for (let i = text.length - 2; i >= 0; i--) {
      const bucket = this.bucketOf(text.charCodeAt(i), text.charCodeAt(i + 1));
      this.next[i] = this.first[bucket];
      this.first[bucket] = i;
    }
  }

  private bucketOf(a: number, b: number): number {
    return (Math.imul(a, 0x9e3779b1) ^ b) & this.mask;
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
    let from = 0;
    const bucket = this.bucketOf(word.charCodeAt(0), word.charCodeAt(1));
    for (let at = this.first[bucket]; at >= 0; at = this.next[at]) {
      if (at < from || !this.text.startsWith(word, at)) continue;
      found.push(at);
      from = at + word.length;
    }
    return found;
  }
}
