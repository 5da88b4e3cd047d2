/**
 * Half-width punctuation inside Chinese text becomes full-width, so that
 * sentences split and clauses read the same whatever keyboard typed them; and
 * full-width digits and Latin letters become ASCII, so numbers look alike.
 * Punctuation between digits (07:48, 1,200, 1.3) is left alone, and a period
 * only ends a sentence right after a Han character (not in 3.5 or WIFI.).
 */
import type { Edit } from './tracked-text';
import { isCjk } from './chars';

const FULL_WIDTH: Readonly<Record<string, string>> = {
  ',': '，',
  ':': '：',
  ';': '；',
  '?': '？',
  '!': '！',
  '(': '（',
  ')': '）',
};

const FULL_WIDTH_ALNUM = /[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]/;
const HAN = /\p{Script=Han}/u;

/** The nearest character before or after `i`, skipping spaces. */
function neighbour(text: string, i: number, step: 1 | -1): string | undefined {
  for (let j = i + step; j >= 0 && j < text.length; j += step) {
    if (text[j] === '\n') return undefined;
    if (text[j] !== ' ' && text[j] !== '\t') return text[j];
  }
  return undefined;
}

function isDigit(ch: string | undefined): boolean {
  return ch !== undefined && ch >= '0' && ch <= '9';
}

/** A lone period after a Han character, not followed by a letter or digit. */
function isSentencePeriod(text: string, i: number): boolean {
  const before = text[i - 1];
  const after = text[i + 1];
  return (
    before !== undefined &&
    HAN.test(before) &&
    after !== '.' &&
    (after === undefined || !/[0-9A-Za-z]/.test(after))
  );
}

export function punctuationEdits(text: string): Edit[] {
  const edits: Edit[] = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    let replacement: string | undefined;
    if (FULL_WIDTH_ALNUM.test(ch)) {
      replacement = String.fromCharCode(ch.charCodeAt(0) - 0xfee0);
    } else if (FULL_WIDTH[ch]) {
      const before = neighbour(text, i, -1);
      const after = neighbour(text, i, 1);
      const chinese = isCjk(before) || isCjk(after);
      if (chinese && !(isDigit(text[i - 1]) && isDigit(text[i + 1]))) replacement = FULL_WIDTH[ch];
    } else if (ch === '.' && isSentencePeriod(text, i)) {
      replacement = '。';
    }
    if (replacement) edits.push({ start: i, end: i + 1, replacement, kind: 'punctuation' });
  }
  return edits;
}
