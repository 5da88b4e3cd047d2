/**
 * When a post is held (ontology: HOLDS_POSITION `status`, `since`, `until`):
 * former from 时任/曾任/原/前任, designate from 拟任/拟提名, current from 现任;
 * since/until from the dates written before the post (2016年起任, 2005年至2012年任,
 * 1996.05至1998.01任职, 2019年5月当选) and from 上任三年 against the article's date.
 */
export type PostStatus = 'current' | 'former' | 'designate';

export interface PostTimeLexicon {
  /** Cue words by status, longest first. */
  statusCues: Array<{ word: string; status: PostStatus }>;
}

export interface PostSpan {
  since?: string;
  until?: string;
}

/** The status cue written last in `before` (the text right before a post), if any. */
export function statusCue(before: string, lexicon: PostTimeLexicon): PostStatus | undefined {
  let best: { at: number; length: number; status: PostStatus } | undefined;
  for (const { word, status } of lexicon.statusCues) {
    const at = before.lastIndexOf(word);
    // A one-character cue (原, 前, 拟) counts only right before the post: 目前 is no 前.
    if (at < 0 || (word.length === 1 && at !== before.length - 1)) continue;
    const end = at + word.length;
    // The nearest cue to the post wins; of two ending at the same place, the longer.
    const bestEnd = best ? best.at + best.length : -1;
    if (end > bestEnd || (end === bestEnd && word.length > (best?.length ?? 0)))
      best = { at, length: word.length, status };
  }
  return best?.status;
}

const pad = (n: string) => n.padStart(2, '0');
const DATE = String.raw`(\d{4})\s*(?:年\s*(?:(\d{1,2})\s*月)?|[.．/](\d{1,2})(?!\d))`;
const RANGE = new RegExp(`${DATE}\\s*(?:至|到|-|—|－|～|~)\\s*${DATE}`, 'g');
const SINGLE = new RegExp(`(?:自|从|于)?${DATE}\\s*(?:起|开始|以来)?`, 'g');
const CHINESE_DIGITS = '零一二三四五六七八九';
/** 上任三年, 任职5年, 任村支书已有十年: the years since taking up the post. */
const YEARS_IN_POST = /(?:上任|任职|到任)(?:已|已经|已有|有)?([\d一二两三四五六七八九十]{1,3})年/;

function isoOf(m: RegExpExecArray | RegExpMatchArray, offset: number): string {
  const year = m[offset];
  const month = m[offset + 1] ?? m[offset + 2];
  return month ? `${year}-${pad(month)}` : year;
}

function chineseNumber(text: string): number {
  if (/^\d+$/.test(text)) return Number(text);
  if (text === '十') return 10;
  const [tens, ones] = text.includes('十') ? text.split('十') : ['', text];
  const digit = (c: string) => (c === '两' ? 2 : CHINESE_DIGITS.indexOf(c));
  return (text.includes('十') ? (tens ? digit(tens) : 1) * 10 : 0) + (ones ? digit(ones) : 0);
}

/**
 * The span a post was held: a range in the text of its clause before it (`before`);
 * when a take-up verb put the person into it, the last date of the sentence before
 * the post (`sentenceBefore`: 2021年，在村民的推举下，某某当选…); or 上任N年 in the
 * sentence against the article's date (`published`).
 */
export function postSpan(
  before: string,
  takenUp: boolean,
  sentenceBefore: string,
  sentence: string,
  published?: string,
): PostSpan {
  const ranges = [...before.matchAll(RANGE)];
  const range = ranges[ranges.length - 1];
  if (range) return { since: isoOf(range, 1), until: isoOf(range, 4) };
  if (takenUp) {
    const singles = [...sentenceBefore.matchAll(SINGLE)];
    const single = singles[singles.length - 1];
    if (single) return { since: isoOf(single, 1) };
  }
  const years = YEARS_IN_POST.exec(sentence);
  if (years && published)
    return { since: String(Number(published.slice(0, 4)) - chineseNumber(years[1])) };
  return {};
}
