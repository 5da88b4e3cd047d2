/**
 * Names that end in a known suffix (…研究院, …工程, …座谈会) are read from the
 * suffix leftwards, word by word, for as long as the words could be part of a name
 * (nouns, proper nouns, unknown words, places), never across punctuation.
 */
import type { TaggedToken } from './segment';

/** jieba tags of words that may stand inside a name. */
const NAME_PART_TAGS = /^(n|nr|nrfg|nrt|ns|nt|nz|nl|ng|zg|j|x|eng|vn|an|b|l)$/;
const PROPER_TAGS = /^(nr|nrfg|nrt|ns|nt|nz|j|x|eng)$/;
/** Verbs and adjectives may stand inside a name (清溪茶叶产销专业合作社) but never begin it. */
const INNER_TAGS = /^(v|a|ad)$/;

export interface Phrase {
  start: number;
  end: number;
  text: string;
  /** Whether some word of the name is a proper noun or unknown to the dictionary. */
  hasProperPart: boolean;
  /** How many words stand before the suffix, and the first of them. */
  words: number;
  leading: string;
}

/** Index of the token that holds `offset`, or -1. */
function tokenAt(tokens: TaggedToken[], offset: number): number {
  let lo = 0;
  let hi = tokens.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].end <= offset) lo = mid + 1;
    else if (tokens[mid].start > offset) hi = mid - 1;
    else return mid;
  }
  return -1;
}

/**
 * The longest run of name-like words ending at `suffixStart`, plus the suffix
 * `[suffixStart, end)`. `isPlaceAt` lets a recognized place join the name even
 * where jieba tags it otherwise.
 */
export function extendLeft(
  text: string,
  tokens: TaggedToken[],
  suffixStart: number,
  end: number,
  maxLength: number,
  isPlaceAt: (start: number, end: number) => boolean = () => false,
  allowInnerVerbs = true,
): Phrase | undefined {
  const holder = tokenAt(tokens, suffixStart);
  // The suffix must end where a word ends (集团 in 集团化 is no suffix).
  if (holder < 0 || tokens.slice(holder).find((t) => t.end >= end)?.end !== end) return undefined;
  const taken: TaggedToken[] = [];
  let start = tokens[holder].start;
  let hasProperPart = start < suffixStart && PROPER_TAGS.test(tokens[holder].tag);
  for (let i = holder - 1; i >= 0; i--) {
    const t = tokens[i];
    if (t.end !== start || end - t.start > maxLength) break;
    const place = isPlaceAt(t.start, t.end);
    const nameLike =
      place || NAME_PART_TAGS.test(t.tag) || (allowInnerVerbs && INNER_TAGS.test(t.tag));
    if (!nameLike || !/^\p{Script=Han}+$/u.test(t.word)) break;
    taken.push(place ? { ...t, tag: 'ns' } : t);
    start = t.start;
  }
  while (taken.length && INNER_TAGS.test(taken[taken.length - 1].tag)) taken.pop();
  if (!taken.length) return undefined;
  start = taken[taken.length - 1].start;
  if (taken.some((t) => PROPER_TAGS.test(t.tag))) hasProperPart = true;
  return {
    start,
    end,
    text: text.slice(start, end),
    words: taken.length,
    leading: taken[taken.length - 1].word,
    hasProperPart,
  };
}
