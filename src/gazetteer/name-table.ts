/**
 * Names with their values, searchable at any position of a text. Scanning a text
 * for names means trying many lengths at every position, and a lookup in a map of
 * hundreds of thousands of names costs a cache miss. Small filters rule out nearly
 * all of them first, without building a substring: the longest name that starts
 * with the position's two characters, whether any name of three or more starts
 * with its three, whether any name ends with the character at hand, and a
 * one-hash Bloom filter of the names, whose hash is extended one character at a
 * time. All err only towards trying more (bucket collisions, false positives),
 * never fewer.
 *
 * The filters are typed arrays, so a table whose names are stored elsewhere (the
 * packed gazetteer, `packed.ts`) keeps them outside the JavaScript heap too.
 */
const PREFIX_BITS = 20;
const BLOOM_BITS = 24;
/** Bits of the filter of names' first three characters (about 3% set by the gazetteer's 334k names). */
const TRIPLE_BITS = 23;
/** Names up to this length go through the Bloom filter (a bit per length in one 32-bit mask). */
const MASKED_LENGTH = 31;
/** The prefix table keeps lengths in a byte: longer names are found by `get` only. */
const MAX_LENGTH = 255;

/** The bucket of the two characters at `at`: both mixed into its top bits, where the bucket is taken. */
function prefixBucket(text: string, at: number): number {
  const pair = Math.imul(text.charCodeAt(at), 0x9e3779b1) ^ (text.charCodeAt(at + 1) || 0);
  return Math.imul(pair, 0x85ebca6b) >>> (32 - PREFIX_BITS);
}

/** FNV-1a step over one UTF-16 code unit. */
export const extendHash = (hash: number, code: number) => Math.imul(hash ^ code, 0x01000193);
export const FNV_OFFSET = 0x811c9dc5 | 0;
const bloomBit = (hash: number) => Math.imul(hash, 0x9e3779b1) >>> (32 - BLOOM_BITS);

function tripleBit(text: string, at: number): number {
  const pair = Math.imul(text.charCodeAt(at), 0x9e3779b1) ^ text.charCodeAt(at + 1);
  return (
    Math.imul(Math.imul(pair, 0x85ebca6b) ^ text.charCodeAt(at + 2), 0xc2b2ae35) >>>
    (32 - TRIPLE_BITS)
  );
}

/** The filters of a table, as plain typed arrays (stored and read back by `packed.ts`). */
export interface NameFilters {
  longestByPrefix: Uint8Array;
  bloom: Uint32Array;
  /** Characters some name ends with: a table small enough to stay in cache, asked first. */
  endsAName: Uint8Array;
  /**
   * A bit per hash of the first three characters of the names of three or more:
   * where the text's three are not set, only a two-character name can start. Two
   * characters begin a name at most positions of a text, three at few.
   */
  startTriples: Uint32Array;
}

export function emptyFilters(): NameFilters {
  return {
    longestByPrefix: new Uint8Array(1 << PREFIX_BITS),
    bloom: new Uint32Array(1 << (BLOOM_BITS - 5)),
    endsAName: new Uint8Array(0x10000),
    startTriples: new Uint32Array(1 << (TRIPLE_BITS - 5)),
  };
}

export function addToFilters(filters: NameFilters, name: string): void {
  const bucket = prefixBucket(name, 0);
  const length = Math.min(name.length, MAX_LENGTH);
  filters.longestByPrefix[bucket] = Math.max(filters.longestByPrefix[bucket], length);
  let hash = FNV_OFFSET;
  for (let i = 0; i < name.length; i++) hash = extendHash(hash, name.charCodeAt(i));
  const bit = bloomBit(hash);
  filters.bloom[bit >>> 5] |= 1 << (bit & 31);
  filters.endsAName[name.charCodeAt(name.length - 1)] = 1;
  if (name.length >= 3) {
    const triple = tripleBit(name, 0);
    filters.startTriples[triple >>> 5] |= 1 << (triple & 31);
  }
}

/** Where a table finds the values of a name. */
export type NameLookup<V> = (name: string) => readonly V[] | undefined;

export class NameTable<V> {
  private readonly byName = new Map<string, V[]>();
  private readonly lookup: NameLookup<V>;
  /**
   * A bit per prefix bucket where some name starts: `mayStartAt` is asked at every
   * character of every text, and this eighth of `longestByPrefix` stays in the cache.
   */
  private readonly startBuckets = new Uint32Array(1 << (PREFIX_BITS - 5));

  /** An empty table to `add` to, or, given both, a read-only one over names stored elsewhere. */
  constructor(
    private readonly filters: NameFilters = emptyFilters(),
    lookup?: NameLookup<V>,
  ) {
    this.lookup = lookup ?? ((name) => this.byName.get(name));
    filters.longestByPrefix.forEach((longest, bucket) => {
      if (longest > 0) this.startBuckets[bucket >>> 5] |= 1 << (bucket & 31);
    });
  }

  add(name: string, value: V): void {
    const list = this.byName.get(name);
    if (list) list.push(value);
    else this.byName.set(name, [value]);
    addToFilters(this.filters, name);
    const bucket = prefixBucket(name, 0);
    this.startBuckets[bucket >>> 5] |= 1 << (bucket & 31);
  }

  /** False where no name of the table can start: a cheap test for scanning loops. */
  mayStartAt(text: string, start: number): boolean {
    const bucket = prefixBucket(text, start);
    return (this.startBuckets[bucket >>> 5] & (1 << (bucket & 31))) !== 0;
  }

  get(name: string): readonly V[] {
    return this.lookup(name) ?? [];
  }

  /**
   * The first `accept`ed name in `text` at `start`, trying lengths from `lengths.max`
   * down to `lengths.min`.
   */
  findAt<T>(
    text: string,
    start: number,
    lengths: { max: number; min: number },
    accept: (name: string, values: readonly V[]) => T | undefined,
  ): T | undefined {
    const { longestByPrefix, bloom, endsAName, startTriples } = this.filters;
    let longest = Math.min(
      lengths.max,
      longestByPrefix[prefixBucket(text, start)],
      text.length - start,
    );
    if (longest >= 3) {
      const triple = tripleBit(text, start);
      if ((startTriples[triple >>> 5] & (1 << (triple & 31))) === 0) longest = 2;
    }
    if (longest < lengths.min) return undefined;
    // Bit `length` set: a name of that length may start here (longer ones are always tried).
    let maybe = 0;
    let hash = FNV_OFFSET;
    for (let length = 1; length <= Math.min(longest, MASKED_LENGTH); length++) {
      const code = text.charCodeAt(start + length - 1);
      hash = extendHash(hash, code);
      if (!endsAName[code]) continue;
      const bit = bloomBit(hash);
      if (bloom[bit >>> 5] & (1 << (bit & 31))) maybe |= 1 << length;
    }
    for (let length = longest; length >= lengths.min; length--) {
      if (length <= MASKED_LENGTH) {
        if ((maybe & (1 << length)) === 0) continue;
      } else if (!endsAName[text.charCodeAt(start + length - 1)]) continue;
      const name = text.slice(start, start + length);
      const values = this.lookup(name);
      const accepted = values && accept(name, values);
      if (accepted) return accepted;
    }
    return undefined;
  }
}
