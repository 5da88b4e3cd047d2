/** Explicit calendar years: 2005年, 2018—2022年, 2022-06-23. Relative dates are left to relations. */

export interface YearMention {
  start: number;
  end: number;
  year: string;
  surface: string;
}

const YEAR =
  /(?<!\d)((?:19|20)\d{2})(?:(年)|(?=\s*[—–~～至到-]\s*(?:19|20)\d{2}年)|-\d{1,2}-\d{1,2}(?!\d))/g;

export function findYears(text: string): YearMention[] {
  return [...text.matchAll(YEAR)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    year: m[1],
    surface: m[0],
  }));
}
