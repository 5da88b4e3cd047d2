/**
 * Whether a span of text holds any word of a list, asked of every sentence by the
 * finders whose cue words most sentences lack: one table look-up per character,
 * the words tried only where one of them can start (not one search of the sentence
 * per word of the list).
 */
interface WordGate {
  /** 1 for the codes some word starts with. */
  starts: Uint8Array;
  byFirst: Map<number, string[]>;
  /** Whether the list holds the empty word, which every span holds. */
  empty: boolean;
}

const gates = new WeakMap<readonly string[], WordGate>();

/** The gate of a lexicon's word list, built on its first use (the lists never change). */
function gateOf(words: readonly string[]): WordGate {
  let gate = gates.get(words);
  if (!gate) {
    gate = { starts: new Uint8Array(0x10000), byFirst: new Map(), empty: words.includes('') };
    for (const word of words) {
      const code = word.charCodeAt(0);
      gate.starts[code] = 1;
      gate.byFirst.set(code, [...(gate.byFirst.get(code) ?? []), word]);
    }
    gates.set(words, gate);
  }
  return gate;
}

/** Whether `text[start, end)` holds a word of `words`, as `words.some((w) => span.includes(w))`. */
export function holdsAnyWord(
  text: string,
  start: number,
  end: number,
  words: readonly string[],
): boolean {
  const { starts, byFirst, empty } = gateOf(words);
  if (empty) return true;
  for (let at = start; at < end; at++) {
    const code = text.charCodeAt(at);
    if (starts[code] !== 1) continue;
    for (const word of byFirst.get(code) ?? [])
      if (at + word.length <= end && text.startsWith(word, at)) return true;
  }
  return false;
}

interface SuffixIndex {
  byLast: Map<number, string[]>;
  empty: boolean;
}

const suffixIndexes = new WeakMap<readonly string[], SuffixIndex>();

/** The words of a lexicon's list by the code of their last character, built on first use. */
function suffixIndexOf(words: readonly string[]): SuffixIndex {
  let index = suffixIndexes.get(words);
  if (!index) {
    index = { byLast: new Map(), empty: words.includes('') };
    for (const word of words) {
      const code = word.charCodeAt(word.length - 1);
      index.byLast.set(code, [...(index.byLast.get(code) ?? []), word]);
    }
    suffixIndexes.set(words, index);
  }
  return index;
}

/**
 * Whether `text[0, end)` ends with a word of `words`, as `words.some((w) =>
 * text.slice(0, end).endsWith(w))`: only the words ending in its last character are
 * tried (a chain of posts asks it of every cut of every item, with 165 post words).
 */
export function endsWithAnyWord(
  text: string,
  words: readonly string[],
  end = text.length,
): boolean {
  const { byLast, empty } = suffixIndexOf(words);
  if (empty) return true;
  if (end <= 0) return false;
  for (const word of byLast.get(text.charCodeAt(end - 1)) ?? [])
    if (text.endsWith(word, end)) return true;
  return false;
}
