/**
 * Word lists asked at every sentence or chain item: whether a span holds a word of
 * a list (cue words most sentences lack), whether a text ends with one (post words).
 * The words are indexed by the code of their first or last character, so a test
 * looks a character up in a table and tries only the words that can fit there,
 * instead of searching the text once per word of the list.
 */
interface WordsByCode {
  /** 1 for the codes some word has at the indexed end. */
  codes: Uint8Array;
  byCode: Map<number, string[]>;
  /** Whether the list holds the empty word, which every span holds. */
  empty: boolean;
}

type Indexes = WeakMap<readonly string[], WordsByCode>;
const byFirstCode: Indexes = new WeakMap();
const byLastCode: Indexes = new WeakMap();
const firstCode = (word: string) => word.charCodeAt(0);
const lastCode = (word: string) => word.charCodeAt(word.length - 1);

/** A lexicon's word list indexed by `codeOf` each word, built on first use (the lists never change). */
function wordsByCode(
  words: readonly string[],
  indexes: Indexes,
  codeOf: (word: string) => number,
): WordsByCode {
  let index = indexes.get(words);
  if (!index) {
    index = { codes: new Uint8Array(0x10000), byCode: new Map(), empty: words.includes('') };
    for (const word of words) {
      if (!word) continue;
      const code = codeOf(word);
      index.codes[code] = 1;
      index.byCode.set(code, [...(index.byCode.get(code) ?? []), word]);
    }
    indexes.set(words, index);
  }
  return index;
}

/** Whether `text[start, end)` holds a word of `words`, as `words.some((w) => span.includes(w))`. */
export function holdsAnyWord(
  text: string,
  start: number,
  end: number,
  words: readonly string[],
): boolean {
  const { codes, byCode, empty } = wordsByCode(words, byFirstCode, firstCode);
  if (empty) return true;
  for (let at = start; at < end; at++) {
    const code = text.charCodeAt(at);
    if (codes[code] !== 1) continue;
    for (const word of byCode.get(code) ?? [])
      if (at + word.length <= end && text.startsWith(word, at)) return true;
  }
  return false;
}

/**
 * Whether `text[0, end)` ends with a word of `words`, as `words.some((w) =>
 * text.slice(0, end).endsWith(w))` (a chain of posts asks it of every cut of every
 * item, with 165 post words).
 */
export function endsWithAnyWord(
  text: string,
  words: readonly string[],
  end = text.length,
): boolean {
  const { byCode, empty } = wordsByCode(words, byLastCode, lastCode);
  if (empty) return true;
  if (end <= 0) return false;
  for (const word of byCode.get(text.charCodeAt(end - 1)) ?? [])
    if (text.endsWith(word, end)) return true;
  return false;
}
