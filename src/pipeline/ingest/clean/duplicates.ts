/**
 * Repeated passages: scrapers sometimes paste a stretch of the report a second
 * time, even in the middle of a paragraph. A later stretch that repeats an
 * earlier one is removed when it is a passage — long and spanning a sentence
 * end — or a whole paragraph; short repeats are quotations and stay.
 */
import type { Edit } from '../tracked-text';
import { containsSentenceEnd, linesOf, visibleLength } from '../chars';

/** Shortest repeated stretch that is a passage rather than a quoted phrase. */
export const MIN_PASSAGE = 50;
/** Shortest whole paragraph whose repetition is a duplicate. */
export const MIN_PARAGRAPH = 20;
/** Length of the seeds matched through the index. */
const SEED = 12;
/** Seeds indexed per text: beyond it only every n-th position is, to bound memory. */
const MAX_INDEXED = 2_000_000;
/** Earlier positions remembered per seed: enough for real repeats, bounded for degenerate text. */
const MAX_POSITIONS = 16;

export function duplicateEdits(text: string): Edit[] {
  const stride = Math.max(1, Math.ceil(text.length / MAX_INDEXED));
  const index = new Map<string, number[]>();
  const edits: Edit[] = [];
  let indexed = 0;
  let removedUpTo = 0;
  for (const line of linesOf(text)) {
    for (let i = line.start; i + SEED <= line.end; i++) {
      // Index seeds that end before i: a repeat must lie wholly before its copy.
      for (; indexed + SEED <= i; indexed += stride) {
        if (text.slice(indexed, indexed + SEED).includes('\n')) continue;
        const seed = text.slice(indexed, indexed + SEED);
        const positions = index.get(seed);
        if (!positions) index.set(seed, [indexed]);
        else if (positions.length < MAX_POSITIONS) positions.push(indexed);
      }
      const candidates = index.get(text.slice(i, i + SEED));
      if (!candidates) continue;
      const floor = Math.max(line.start, removedUpTo);
      const run = longestRun(text, i, candidates, floor, line.end);
      if (!run || !isDuplicate(text, run, line.start, line.end)) continue;
      edits.push({ start: run.start, end: run.end, replacement: '', kind: 'duplicate' });
      removedUpTo = run.end;
      i = run.end - 1;
    }
  }
  return edits;
}

const LEADING_PUNCTUATION = /[\s。！？!?，、,；;：:”’」』）)》]/;

interface Run {
  start: number;
  end: number;
}

/** The longest stretch around `i` that equals the stretch around an earlier candidate. */
function longestRun(
  text: string,
  i: number,
  candidates: number[],
  floor: number,
  lineEnd: number,
): Run | undefined {
  let best: Run | undefined;
  for (const j of candidates) {
    let back = 0;
    while (
      i - back > floor &&
      text[j - back - 1] === text[i - back - 1] &&
      text[j - back - 1] !== '\n'
    )
      back++;
    let ahead = 0;
    // The earlier stretch stops where the later one begins, so a run never overlaps its copy.
    while (
      i + ahead < lineEnd &&
      j + ahead < i - back &&
      text[j + ahead] === text[i + ahead] &&
      text[j + ahead] !== '\n'
    )
      ahead++;
    let start = i - back;
    // Punctuation the copy starts with ends the sentence before it: it stays.
    while (start < i + ahead && LEADING_PUNCTUATION.test(text[start])) start++;
    const run = { start, end: i + ahead };
    if (!best || run.end - run.start > best.end - best.start) best = run;
  }
  return best;
}

function isDuplicate(text: string, run: Run, lineStart: number, lineEnd: number): boolean {
  const stretch = text.slice(run.start, run.end);
  if (!containsSentenceEnd(stretch)) return false;
  if (visibleLength(stretch) >= MIN_PASSAGE) return true;
  const wholeLine =
    text.slice(lineStart, run.start).trim() === '' && text.slice(run.end, lineEnd).trim() === '';
  return wholeLine && visibleLength(stretch) >= MIN_PARAGRAPH;
}
