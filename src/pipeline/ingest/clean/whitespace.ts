/**
 * Stray whitespace. Chinese prose has no spaces, so in prose any whitespace
 * between two Chinese characters goes (返 回, 林某： 党建, 勇当 “…”), full-width
 * and no-break spaces included. Two kinds of line keep meaningful spaces, as one
 * space each: credit lines, where spaces separate names, and headings, where a
 * plain space between two words separates a headline's halves (山乡巨变 百姓笑颜);
 * letter-spacing between single characters goes even there.
 */
import type { Edit } from '../tracked-text';
import { isCjk, linesOf } from '../chars';
import { isCreditLine } from '../credits';
import { isHeadingLike } from '../line-kinds';

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

/** Length of the run of Han characters going from `at` in direction `step`. */
function hanRun(text: string, at: number, step: 1 | -1): number {
  let n = 0;
  while (text[at + n * step] !== undefined && HAN.test(text[at + n * step])) n++;
  return n;
}

/** Plain spaces between two words of at least two characters each. */
function separatesWords(text: string, start: number, end: number): boolean {
  return (
    /^ +$/.test(text.slice(start, end)) &&
    hanRun(text, start - 1, -1) >= 2 &&
    hanRun(text, end, 1) >= 2
  );
}

type Mode = 'credit' | 'heading' | 'prose';

function modeOf(line: string): Mode {
  if (isCreditLine(line)) return 'credit';
  return isHeadingLike(line) ? 'heading' : 'prose';
}

export function whitespaceEdits(text: string): Edit[] {
  const edits: Edit[] = [];
  for (const line of linesOf(text)) {
    const blank = line.text.trim() === '';
    const mode = blank ? 'prose' : modeOf(line.text);
    for (const m of line.text.matchAll(SPACE_RUN)) {
      const start = line.start + m.index;
      const end = start + m[0].length;
      const atEdge = m.index === 0 || end === line.end;
      const betweenCjk = isCjk(text[start - 1]) && isCjk(text[end]);
      const kept =
        mode === 'credit' ||
        (mode === 'heading' && separatesWords(text, start, end)) ||
        !betweenCjk;
      const replacement = atEdge || !kept ? '' : ' ';
      if (replacement === m[0]) continue;
      // Emptying a blank line is layout, not cleaning.
      edits.push({ start, end, replacement, kind: blank ? undefined : 'whitespace' });
    }
  }
  return edits;
}
