/**
 * Numbers as reports write them: 184, 1.3万, 996万, 两亿, 百, 3800余. Chinese
 * numerals are read digit by digit with their place words (十, 百, 千) and the
 * large multipliers 万 and 亿 apply to either kind.
 */
import { codeTable } from './code-table';

const DIGITS: Readonly<Record<string, number>> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const PLACES: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000 };
const LARGE: Readonly<Record<string, number>> = { 万: 1e4, 亿: 1e8 };

/** A number followed by an optional 万/亿 at the start of `text`, e.g. "1.3万名" → 13000. */
export const NUMBER = /(\d+(?:\.\d+)?|[零〇一二两三四五六七八九十百千]+)(万|亿)?/y;

const ASCII_DIGITS = Array.from({ length: 10 }, (_, digit) => String(digit));
/** By UTF-16 code unit, 1 where a number can start: asked at every character of a sentence. */
const NUMERAL_CODES = codeTable(
  [...ASCII_DIGITS, ...Object.keys(DIGITS), ...Object.keys(PLACES)].join(''),
);

/** Whether a number can start with the UTF-16 code unit `code` (cheaper than a one-character string). */
export function startsNumber(code: number): boolean {
  return NUMERAL_CODES[code] === 1;
}

/** Whether a number can start anywhere in `text[start, end)`: most sentences hold none. */
export function holdsNumeral(text: string, start: number, end: number): boolean {
  for (let at = start; at < end; at++) if (NUMERAL_CODES[text.charCodeAt(at)] === 1) return true;
  return false;
}

/** The value of a Chinese numeral without 万/亿 (三百二十 → 320, 十五 → 15, 百 → 100). */
export function chineseNumeral(text: string): number | undefined {
  let total = 0;
  let digit: number | undefined;
  for (const ch of text) {
    if (ch in DIGITS) {
      digit = DIGITS[ch];
    } else if (ch in PLACES) {
      total += (digit ?? 1) * PLACES[ch];
      digit = undefined;
    } else return undefined;
  }
  return total + (digit ?? 0);
}

/** The value of a numeral and its multiplier (1.3, 万 → 13000); undefined if unreadable. */
export function numberValue(numeral: string, multiplier?: string): number | undefined {
  const base = /^\d/.test(numeral) ? Number(numeral) : chineseNumeral(numeral);
  if (base === undefined || Number.isNaN(base)) return undefined;
  // Round away floating-point noise (1.3 × 10000 = 13000.000000000002).
  return Math.round(base * (multiplier ? LARGE[multiplier] : 1) * 1e6) / 1e6;
}
