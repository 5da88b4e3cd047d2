/**
 * Word lists asked at every sentence or chain item: whether a span holds a word of
 * a list (cue words most sentences lack), whether a text ends with one (post words).
 * The words are indexed by the code of their first or last character, so a test
 * looks a character up and tries only the words that can fit there, instead of
 * searching the text once per word of the list.
 */
import { indexOfWords } from '../word-index';

/** Whether `text[start, end)` holds a word of `words`, as `words.some((w) => span.includes(w))`. */
export function holdsAnyWord(
  text: string,
  start: number,
  end: number,
  words: readonly string[],
): boolean {
  return indexOfWords(words).occursIn(text, start, end);
}

const byLastCode = new WeakMap<readonly string[], Map<number, string[]>>();

/** A lexicon's word list by the code of each word's last character, built on first use (the lists never change). */
function wordsByLastCode(words: readonly string[]): Map<number, string[]> {
  let index = byLastCode.get(words);
  if (!index) {
    index = new Map();
    for (const word of words) {
      if (!word) continue;
      const code = word.charCodeAt(word.length - 1);
      index.set(code, [...(index.get(code) ?? []), word]);
    }
    byLastCode.set(words, index);
  }
  return index;
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
  if (end <= 0) return false;
  for (const word of wordsByLastCode(words).get(text.charCodeAt(end - 1)) ?? [])
    if (text.endsWith(word, end)) return true;
  return false;
}
