/**
 * Word segmentation with nodejieba. nodejieba returns words without offsets;
 * they are recovered here by walking the text, so every token points back into it.
 */
import path from 'node:path';
import nodejieba from 'nodejieba';
import { WordTags } from './word-tags';

/**
 * jieba's keyword-extraction table (6 MB of IDF weights) takes a fifth of its load
 * time and is never used here, so a one-line stand-in is loaded instead; the
 * dictionaries for cutting and tagging are jieba's own.
 */
const NO_KEYWORDS_IDF = path.resolve(__dirname, '../../../data/jieba/no-keywords.idf.utf8');
const JIEBA_DICTS = path.join(
  path.dirname(require.resolve('nodejieba')),
  'submodules/cppjieba/dict',
);
const DICT = path.join(JIEBA_DICTS, 'jieba.dict.utf8');
const USER_DICT = path.join(JIEBA_DICTS, 'user.dict.utf8');
/** The tags of jieba's dictionaries as loaded, kept in step with `addWords`. */
let wordTags: WordTags | undefined;

function jieba(): typeof nodejieba {
  if (!wordTags) {
    nodejieba.load({ dict: DICT, userDict: USER_DICT, idfDict: NO_KEYWORDS_IDF });
    wordTags = new WordTags([DICT, USER_DICT]);
  }
  return nodejieba;
}

export interface Token {
  word: string;
  start: number;
  end: number;
}

/** Adds words to jieba's dictionary for this process (title words, place names, suffixes). */
export function addWords(words: Iterable<string>, tag = 'n'): void {
  for (const word of words) {
    jieba().insertWord(word, tag);
    wordTags?.insert(word, tag);
  }
}

export interface TaggedToken extends Token {
  tag: string;
}

/**
 * Words of `text` with offsets and part-of-speech tags, as jieba's `tag` gives them
 * (its cut with HMM, each word's tag from `WordTags`). One pass serves every
 * recognizer: jieba is the costliest step of extraction.
 */
export function tagWords(text: string): TaggedToken[] {
  const words = jieba().cut(text, true);
  const tags = wordTags as WordTags;
  const tokens: TaggedToken[] = [];
  let cursor = 0;
  for (const word of words) {
    const start = text.indexOf(word, cursor);
    if (start < 0) continue;
    tokens.push({ word, tag: tags.tagOf(word), start, end: start + word.length });
    cursor = start + word.length;
  }
  return tokens;
}

/**
 * A per-process memo of a function of short strings (candidate names and their
 * surroundings are asked about again and again); cleared when it grows large.
 */
function memoized<T>(fn: (text: string) => T, limit = 100_000): (text: string) => T {
  const memo = new Map<string, T>();
  return (text) => {
    let value = memo.get(text);
    if (value === undefined) {
      if (memo.size >= limit) memo.clear();
      value = fn(text);
      memo.set(text, value);
    }
    return value;
  };
}

/** jieba's tagging of a short string such as a candidate name. */
export const tagShort = memoized((text): readonly { word: string; tag: string }[] =>
  jieba().tag(text),
);

/** The first dictionary word (no HMM) of a short string. */
export const firstWordOf = memoized((text): string => jieba().cut(text, false)[0] ?? '');

/** The window `firstWordLengthAt` reads, and its cache: per slot two words of code units, the length plus one, the answer. */
const WINDOW = 4;
const WINDOW_SLOT_BITS = 16;
const windowCache = new Int32Array((1 << WINDOW_SLOT_BITS) * 4);

/**
 * The length of the first dictionary word of the `width` (at most four) characters
 * at `at` (`firstWordOf(text.slice(at, at + width)).length`). Asked at most offsets of a text by
 * the name recognizers, so answered from a cache keyed by the code units, which
 * builds no string and takes one memory access where the memo of strings takes several.
 */
export function firstWordLengthAt(text: string, at: number, width = WINDOW): number {
  const length = Math.min(width, WINDOW, text.length - at);
  if (at < 0 || length <= 0) return firstWordOf(text.slice(at, at + length)).length;
  const high = (text.charCodeAt(at) << 16) | (length > 1 ? text.charCodeAt(at + 1) : 0);
  const low =
    ((length > 2 ? text.charCodeAt(at + 2) : 0) << 16) | (length > 3 ? text.charCodeAt(at + 3) : 0);
  const slot =
    (Math.imul(high ^ Math.imul(low, 0x85ebca6b), 0x9e3779b1) >>> (32 - WINDOW_SLOT_BITS)) * 4;
  if (
    windowCache[slot] === high &&
    windowCache[slot + 1] === low &&
    windowCache[slot + 2] === length + 1
  )
    return windowCache[slot + 3];
  const answer = firstWordOf(text.slice(at, at + length)).length;
  windowCache[slot] = high;
  windowCache[slot + 1] = low;
  windowCache[slot + 2] = length + 1;
  windowCache[slot + 3] = answer;
  return answer;
}
