/**
 * A count per pair of entity indices (the pair a·n + b, up to n²), kept in typed
 * arrays: at ×1000 the co-mention counts hold millions of pairs, and a Map of
 * numbers past 2^31 boxes every key and spends several times the memory. Pairs
 * come back in the order they were first met, as a Map's would, so whatever is
 * built from them is built in the same order.
 */
const EMPTY = -1;

export class PairCounts {
  private pairs = new Float64Array(1024);
  private counts = new Float64Array(1024);
  /** Open addressing with linear probing: the index of a pair's entry, or EMPTY. */
  private slots = new Int32Array(2048).fill(EMPTY);
  /** Distinct pairs counted. */
  size = 0;

  /** Adds `count` to the pair's count (from 0). */
  add(pair: number, count: number): void {
    const mask = this.slots.length - 1;
    let slot = hash(pair) & mask;
    for (let entry = this.slots[slot]; entry !== EMPTY; entry = this.slots[slot]) {
      if (this.pairs[entry] === pair) {
        this.counts[entry] += count;
        return;
      }
      slot = (slot + 1) & mask;
    }
    if (this.size === this.pairs.length) this.growEntries();
    this.pairs[this.size] = pair;
    this.counts[this.size] = count;
    this.slots[slot] = this.size++;
    if (this.size * 2 > this.slots.length) this.rehash();
  }

  /** Every pair and its count, in the order the pairs were first added. */
  forEach(visit: (pair: number, count: number) => void): void {
    for (let entry = 0; entry < this.size; entry++) visit(this.pairs[entry], this.counts[entry]);
  }

  private growEntries(): void {
    const grown = (from: Float64Array) => {
      const to = new Float64Array(from.length * 2);
      to.set(from);
      return to;
    };
    this.pairs = grown(this.pairs);
    this.counts = grown(this.counts);
  }

  private rehash(): void {
    this.slots = new Int32Array(this.slots.length * 2).fill(EMPTY);
    const mask = this.slots.length - 1;
    for (let entry = 0; entry < this.size; entry++) {
      let slot = hash(this.pairs[entry]) & mask;
      while (this.slots[slot] !== EMPTY) slot = (slot + 1) & mask;
      this.slots[slot] = entry;
    }
  }
}

/** Mixes both 32-bit halves of a pair (pairs pass 2^32 once there are 65,536 entities). */
function hash(pair: number): number {
  const low = pair >>> 0;
  const high = (pair / 2 ** 32) >>> 0;
  return Math.imul(low ^ Math.imul(high, 0x85ebca6b), 0x9e3779b1) >>> 0;
}
