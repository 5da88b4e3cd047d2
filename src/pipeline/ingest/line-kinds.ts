/**
 * What a line of a report is: a heading, a credit (byline), a photo caption or
 * prose. The rules look at the line's shape and its neighbours only, so they
 * hold for any report.
 */
import type { SentenceKind } from '../../types/document';
import { isBlank, linesOf, visibleLength, type Line } from './chars';
import { isCreditLine, isPhotoCredit } from './credits';

/** Headings are short; a first line (the headline) may be longer. */
const MAX_HEADING = 40;
const MAX_HEADLINE = 80;
/** A caption describes one photo in a sentence or two. */
const MAX_CAPTION = 120;

/** A quotation standing on its own line is said, not a heading. */
const QUOTATION = /^[“「『‘].*[”」』’]$/;

/**
 * Short, one sentence at most, no full stop, not cut off after a comma, not a
 * quotation: a heading or label (a heading may end in ！ or ？).
 */
export function isHeadingLike(line: string, maxLength = MAX_HEADING): boolean {
  const text = line.trim();
  return (
    /\p{Script=Han}/u.test(text) &&
    !QUOTATION.test(text) &&
    visibleLength(text) <= maxLength &&
    !text.includes('。') &&
    !/[！？!?]/.test(text.slice(0, -1)) &&
    !/[，、,；;]$/.test(text) &&
    !isCreditLine(text)
  );
}

/** A photo's caption: the line right before the photo's credit. */
export function isCaption(line: string, next: string | undefined): boolean {
  return (
    next !== undefined &&
    isPhotoCredit(next) &&
    !isCreditLine(line) &&
    visibleLength(line) <= MAX_CAPTION
  );
}

/** The kind of every line of `text` (blank lines get 'body'; they hold no sentence). */
export function lineKinds(text: string): SentenceKind[] {
  const lines = linesOf(text);
  const next = nextContentLines(lines);
  let seenContent = false;
  return lines.map((line, k) => {
    if (isBlank(line)) return 'body';
    const first = !seenContent;
    seenContent = true;
    if (isCreditLine(line.text)) return 'byline';
    if (isCaption(line.text, lines[next[k]]?.text)) return 'caption';
    if (isHeadingLike(line.text, first ? MAX_HEADLINE : MAX_HEADING)) return 'title';
    return 'body';
  });
}

/** For each line, the index of the next line that is not blank (-1 when none). */
export function nextContentLines(lines: Line[]): number[] {
  const next: number[] = new Array(lines.length);
  let following = -1;
  for (let k = lines.length - 1; k >= 0; k--) {
    next[k] = following;
    if (!isBlank(lines[k])) following = k;
  }
  return next;
}
