/**
 * jieba's part-of-speech tag of a word, read in JavaScript. nodejieba's `tag` is its
 * `cut` with HMM plus, per word, a lookup in the dictionary's trie and one string
 * object per tag; taking the words from `cut` and their tags from this table costs
 * little more than half as much. The answer is the one cppjieba's `PosTagger::LookupTag` gives:
 * the tag of the word's last entry (the dictionary, then the user dictionary, then
 * words inserted at run time), else, for a word with no entry or an empty tag, its
 * `SpecialRule` (no ASCII: x; ASCII digits only: m; else eng).
 */
import { readFileSync } from 'node:fs';

/** Slots of the open-addressing table: a power of two, about three times the dictionary's 349k words. */
const SLOT_BITS = 20;
const EMPTY = -1;
/** Slots of the cache of two-character words' answers. */
const PAIR_BITS = 16;

export class WordTags {
  /** The dictionaries' lines, one string: entries point at a word's first character in it. */
  private readonly lines: string;
  private readonly slots = new Int32Array(1 << SLOT_BITS).fill(EMPTY);
  /** Per slot, the tag's number in `tagNames`. */
  private readonly slotTags = new Uint8Array(1 << SLOT_BITS);
  private readonly tagNames: string[] = [];
  private readonly tagNumbers = new Map<string, number>();
  /** Words inserted at run time, kept as strings: their slots hold `-2 - index` (-1 is an empty slot). */
  private readonly inserted: string[] = [];
  /**
   * Answers for words of one and two code units, most of a text's words: asked once per
   * word of every text, the table of the whole dictionary (5 MB, and its lines for the
   * key) costs cache misses that these small tables mostly spare. Cleared on `insert`.
   */
  private readonly singles: (string | undefined)[] = new Array<string | undefined>(0x10000);
  private readonly pairKeys = new Int32Array(1 << PAIR_BITS);
  private readonly pairAnswers: (string | undefined)[] = new Array<string | undefined>(
    1 << PAIR_BITS,
  );

  /** `dictionaries`: files of lines `word freq tag`, `word tag` or `word`, a later line overriding. */
  constructor(dictionaries: readonly string[]) {
    this.lines = dictionaries.map((file) => readFileSync(file, 'utf8')).join('\n');
    const { lines } = this;
    for (let at = 0; at < lines.length;) {
      let lineEnd = lines.indexOf('\n', at);
      if (lineEnd < 0) lineEnd = lines.length;
      let wordEnd = lines.indexOf(' ', at);
      if (wordEnd < 0 || wordEnd > lineEnd) wordEnd = lineEnd;
      if (wordEnd > at) {
        // `word` alone has no tag; `word tag` and `word freq tag` end with theirs.
        const tagStart = wordEnd === lineEnd ? lineEnd : lines.lastIndexOf(' ', lineEnd - 1) + 1;
        this.set(at, lines, at, wordEnd - at, lines.slice(tagStart, lineEnd));
      }
      at = lineEnd + 1;
    }
  }

  /** As nodejieba's `insertWord(word, tag)`: the word's tag from now on. */
  insert(word: string, tag: string): void {
    if (word.length === 0) return;
    this.singles.fill(undefined);
    this.pairAnswers.fill(undefined);
    this.inserted.push(word);
    this.set(-1 - this.inserted.length, word, 0, word.length, tag);
  }

  /** The tag jieba's `tag` gives `word` when its cut yields it. */
  tagOf(word: string): string {
    if (word.length === 1) {
      const code = word.charCodeAt(0);
      return (this.singles[code] ??= this.lookUp(word));
    }
    if (word.length !== 2) return this.lookUp(word);
    const key = (word.charCodeAt(0) << 16) | word.charCodeAt(1);
    const slot = Math.imul(key, 0x9e3779b1) >>> (32 - PAIR_BITS);
    const cached = this.pairAnswers[slot];
    if (cached !== undefined && this.pairKeys[slot] === key) return cached;
    const answer = this.lookUp(word);
    this.pairKeys[slot] = key;
    this.pairAnswers[slot] = answer;
    return answer;
  }

  /** `tagOf` from the dictionary's table. */
  private lookUp(word: string): string {
    let slot = hashOf(word, 0, word.length);
    for (;;) {
      const entry = this.slots[slot];
      if (entry === EMPTY) break;
      if (this.sameKey(entry, word, 0, word.length)) {
        const tag = this.tagNames[this.slotTags[slot]];
        if (tag !== '') return tag;
        break;
      }
      slot = (slot + 1) & ((1 << SLOT_BITS) - 1);
    }
    return specialRule(word);
  }

  /** Points the key `text.slice(start, start + length)` at `entry` with `tag`. */
  private set(entry: number, text: string, start: number, length: number, tag: string): void {
    let slot = hashOf(text, start, start + length);
    for (;;) {
      const held = this.slots[slot];
      if (held === EMPTY || this.sameKey(held, text, start, length)) break;
      slot = (slot + 1) & ((1 << SLOT_BITS) - 1);
    }
    this.slots[slot] = entry;
    this.slotTags[slot] = this.tagNumber(tag);
  }

  /** Whether the key at `entry` is `text.slice(start, start + length)`. */
  private sameKey(entry: number, text: string, start: number, length: number): boolean {
    if (entry < 0) {
      const word = this.inserted[-2 - entry];
      return word.length === length && text.startsWith(word, start);
    }
    const { lines } = this;
    const end = entry + length;
    if (
      end > lines.length ||
      (end < lines.length && lines.charCodeAt(end) !== 0x20 && lines.charCodeAt(end) !== 0x0a)
    )
      return false;
    for (let i = 0; i < length; i++)
      if (lines.charCodeAt(entry + i) !== text.charCodeAt(start + i)) return false;
    return true;
  }

  private tagNumber(tag: string): number {
    let number = this.tagNumbers.get(tag);
    if (number === undefined) {
      number = this.tagNames.length;
      if (number > 0xff) throw new Error('jieba dictionary: more than 256 distinct tags');
      this.tagNames.push(tag);
      this.tagNumbers.set(tag, number);
    }
    return number;
  }
}

function hashOf(text: string, start: number, end: number): number {
  let hash = 0x811c9dc5;
  for (let i = start; i < end; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return (Math.imul(hash ^ (hash >>> 15), 0x2c1b3c6d) >>> 0) >>> (32 - SLOT_BITS);
}

/**
 * cppjieba's `PosTagger::SpecialRule`, counting code points as it counts runes: it
 * reads ASCII characters until half the word's length (rounded down) are ASCII.
 */
export function specialRule(word: string): string {
  let runes = 0;
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    if (code < 0xdc00 || code > 0xdfff || i === 0 || !isHighSurrogate(word.charCodeAt(i - 1)))
      runes++;
  }
  const half = runes >>> 1;
  let ascii = 0;
  let digits = 0;
  for (let i = 0; i < word.length && ascii < half; i++) {
    const code = word.charCodeAt(i);
    if (code < 0x80) {
      ascii++;
      if (code >= 0x30 && code <= 0x39) digits++;
    }
  }
  if (ascii === 0) return 'x';
  return digits === ascii ? 'm' : 'eng';
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}
