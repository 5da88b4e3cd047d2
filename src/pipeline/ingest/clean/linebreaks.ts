/**
 * Lines broken in the middle of a sentence, sometimes with blank lines between
 * the halves, are joined. A line is continued by the next one when
 * - it ends in a comma-like mark (、，“ …): the sentence obviously goes on;
 * - it already holds a full stop but does not end with one: a paragraph cut off,
 *   continued by the next line unless that is a heading, credit or caption;
 * - it is a short label cut before the speaker's name: 某某副部长 / 王某： .
 * Headings (short lines without punctuation followed by a paragraph) stay.
 */
import type { Edit } from '../tracked-text';
import { containsSentenceEnd, endsComplete, isBlank, linesOf, visibleLength } from '../chars';
import { isCreditLine } from '../credits';
import { isCaption, isHeadingLike, nextContentLines } from '../line-kinds';

const CONTINUES = /[，、,“‘（《(·]$/;
/** 王某某： — a name with a colon, the tail of a split speaker label. */
const MAX_NAME_LABEL = 12;

function isNameLabel(line: string): boolean {
  const text = line.trim();
  return visibleLength(text) <= MAX_NAME_LABEL && /^[^，。、,；]+[：:]$/.test(text);
}

function continues(
  current: string,
  next: string,
  adjacent: boolean,
  nextIsCaption: boolean,
): boolean {
  if (endsComplete(current) || isCreditLine(current) || isCreditLine(next) || nextIsCaption)
    return false;
  if (CONTINUES.test(current.trim())) return true;
  if (containsSentenceEnd(current)) return !isHeadingLike(next);
  return adjacent && isNameLabel(next) && isHeadingLike(current);
}

export function linebreakEdits(text: string): Edit[] {
  const lines = linesOf(text);
  const next = nextContentLines(lines);
  const edits: Edit[] = [];
  let current = '';
  for (let k = 0; k < lines.length; k++) {
    const line = lines[k];
    if (isBlank(line)) continue;
    current += line.text;
    if (next[k] === -1) break;
    const following = lines[next[k]];
    const nextIsCaption = isCaption(following.text, lines[next[next[k]]]?.text);
    const adjacent = next[k] === k + 1;
    if (continues(current, following.text, adjacent, nextIsCaption)) {
      edits.push({ start: line.end, end: following.start, replacement: '', kind: 'linebreak' });
    } else {
      current = '';
    }
  }
  return edits;
}
