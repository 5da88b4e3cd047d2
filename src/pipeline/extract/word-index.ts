/**
 * A word list indexed by first character, for scanning every position of a text:
 * `longestAt` tries only the words that begin with the character at hand instead
 * of the whole list.
 */
export class WordIndex {
  /** By the first character's code: a number key, so asking builds no string. */
  private readonly byFirst = new Map<number, string[]>();
  /** 1 at the codes some word starts with: most characters start none, which one read tells. */
  private readonly starts = new Uint8Array(0x10000);

  constructor(words: Iterable<string>) {
    for (const word of new Set(words)) {
      if (!word) continue;
      this.starts[word.charCodeAt(0)] = 1;
      const list = this.byFirst.get(word.charCodeAt(0));
      if (list) list.push(word);
      else this.byFirst.set(word.charCodeAt(0), [word]);
    }
    for (const list of this.byFirst.values()) list.sort((a, b) => b.length - a.length);
  }

  /** The longest word of the list that starts at `pos` in `text`. */
  longestAt(text: string, pos: number): string | undefined {
    return this.byFirst.get(text.charCodeAt(pos))?.find((w) => text.startsWith(w, pos));
  }

  /**
   * Whether `text[start, end)` holds a word of the list, as `words.some((w) =>
   * span.includes(w))` (asked of every sentence with cue lists most sentences lack).
   */
  occursIn(text: string, start: number, end: number): boolean {
    for (let at = start; at < end; at++) {
      const code = text.charCodeAt(at);
      if (this.starts[code] !== 1) continue;
      for (const word of this.byFirst.get(code)!)
        if (at + word.length <= end && text.startsWith(word, at)) return true;
    }
    return false;
  }

  /** Whether a word of the list starts at `pos` in `text`. */
  startsAt(text: string, pos: number): boolean {
    return this.longestAt(text, pos) !== undefined;
  }
}

const indexes = new WeakMap<readonly string[], WordIndex>();

/**
 * The index of a lexicon's word list, built on its first use (the lists are read
 * once and never change). For a list sorted longest first, `longestAt` finds what
 * `list.find((w) => text.startsWith(w, pos))` finds.
 */
export function indexOfWords(words: readonly string[]): WordIndex {
  let index = indexes.get(words);
  if (!index) {
    index = new WordIndex(words);
    indexes.set(words, index);
  }
  return index;
}
