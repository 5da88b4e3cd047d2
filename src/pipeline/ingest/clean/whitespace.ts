/**
 * Stray whitespace. Chinese prose has no spaces, so whitespace next to Chinese
 * punctuation (林某： 党建, 勇当 “…”) and letter-spacing between single
 * characters (返 回) go, full-width and no-break spaces included. A space
 * between two words of two or more characters separates phrases (a headline's
 * two halves) and stays, as one space; so do the spaces of credit lines, which
 * separate names.
 */
import type { Edit } from '../tracked-text';
import { isCjk, linesOf } from '../chars';
import { isCreditLine } from '../credits';

/** Carriage returns and zero-width characters carry nothing; they go everywhere. */
const INVISIBLE = /[\r\u200b-\u200d\u2060\ufeff]/g;
const SPACE_RUN = /[^\S\n]+/g;
const HAN = /\p{Script=Han}/u;

export function invisibleEdits(text: string): Edit[] {
  return [...text.matchAll(INVISIBLE)].map((m) => ({
    start: m.index,
    end: m.index + 1,
    replacement: '',
    kind: m[0] === '\r' ? undefined : 'whitespace',
  }));
}

/** Length of the run of Han characters that ends before `end` (step -1) or starts at it (step 1). */
function hanRun(text: string, at: number, step: 1 | -1): number {
  let n = 0;
  while (text[at + n * step] !== undefined && HAN.test(text[at + n * step])) n++;
  return n;
}

function separatesWords(text: string, start: number, end: number): boolean {
  return hanRun(text, start - 1, -1) >= 2 && hanRun(text, end, 1) >= 2;
}

export function whitespaceEdits(text: string): Edit[] {
  const edits: Edit[] = [];
  for (const line of linesOf(text)) {
    const blank = line.text.trim() === '';
    const keepSpaces = !blank && isCreditLine(line.text);
    for (const m of line.text.matchAll(SPACE_RUN)) {
      const start = line.start + m.index;
      const end = start + m[0].length;
      const atEdge = m.index === 0 || end === line.end;
      const betweenCjk = isCjk(text[start - 1]) && isCjk(text[end]);
      const drop = atEdge || (betweenCjk && !keepSpaces && !separatesWords(text, start, end));
      const replacement = drop ? '' : ' ';
      if (replacement === m[0]) continue;
      // Emptying a blank line is layout, not cleaning.
      edits.push({ start, end, replacement, kind: blank ? undefined : 'whitespace' });
    }
  }
  return edits;
}
