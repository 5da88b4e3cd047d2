/**
 * Dates as the text writes them, resolved to ISO as far as the text allows:
 * 2005年1月4日 → 2005-01-04; 10月16日 takes its year from the publication date;
 * 去年/今年/前年 and 上月/本月 resolve against it; without one they stay unresolved.
 */
import { occurrences } from '../spans';

export interface DateMention {
  /** ISO date as precise as the text: 2005, 2005-01 or 2005-01-04. */
  iso: string;
  start: number;
  end: number;
}

const FULL = /(\d{4})年(?:(\d{1,2})月(?:(\d{1,2})[日号])?)?/g;
const MONTH_DAY = /(?<![\d年])(\d{1,2})月(\d{1,2})[日号]/g;
const RELATIVE_YEAR: ReadonlyArray<[string, number]> = [
  ['前年', -2],
  ['去年', -1],
  ['今年', 0],
  ['当年', 0],
];
const RELATIVE_MONTH: ReadonlyArray<[string, number]> = [
  ['上月', -1],
  ['上个月', -1],
  ['本月', 0],
  ['这个月', 0],
];

const pad = (n: number) => String(n).padStart(2, '0');

function iso(year: number, month?: number, day?: number): string {
  if (month === undefined) return String(year);
  return day === undefined ? `${year}-${pad(month)}` : `${year}-${pad(month)}-${pad(day)}`;
}

/** Every date in `text`; `published` is the document's ISO date, when known. */
export function findDates(text: string, published?: string): DateMention[] {
  const found: DateMention[] = [];
  const year = published ? Number(published.slice(0, 4)) : undefined;
  const month = published ? Number(published.slice(5, 7)) : undefined;
  // Every date of a year holds 年 and every other one 月: most sentences hold neither.
  const hasYear = text.includes('年');
  const hasMonth = text.includes('月');
  if (hasYear)
    for (const m of text.matchAll(FULL)) {
      const at = m.index ?? 0;
      found.push({
        iso: iso(Number(m[1]), m[2] ? Number(m[2]) : undefined, m[3] ? Number(m[3]) : undefined),
        start: at,
        end: at + m[0].length,
      });
    }
  if (year === undefined || month === undefined) return found;
  if (hasMonth)
    for (const m of text.matchAll(MONTH_DAY)) {
      const at = m.index ?? 0;
      if (found.some((f) => at >= f.start && at < f.end)) continue;
      found.push({ iso: iso(year, Number(m[1]), Number(m[2])), start: at, end: at + m[0].length });
    }
  if (hasYear)
    for (const [word, delta] of RELATIVE_YEAR)
      for (const at of occurrences(text, word))
        found.push({ iso: iso(year + delta), start: at, end: at + word.length });
  if (hasMonth)
    for (const [word, delta] of RELATIVE_MONTH)
      for (const at of occurrences(text, word)) {
        const m = month + delta;
        const shifted = m < 1 ? iso(year - 1, m + 12) : iso(year, m);
        found.push({ iso: shifted, start: at, end: at + word.length });
      }
  return found.sort((a, b) => a.start - b.start);
}
