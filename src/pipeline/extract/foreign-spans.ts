/**
 * Transliterated names right after a post (副部长某某某某, 司令某某某中将), read
 * character by character: jieba cuts a name it does not know into pieces, some
 * glued to the post before it (国防部/长某某). A span is every character after
 * the post that occurs in transliterations at least about as often as in running
 * text, cut back to where it sounds foreign on average and a name may end.
 */

/** The longest transliteration read this way, middle dots included. */
const MAX_LENGTH = 16;
/** A middle dot joins the parts of a name (某某·某某); it weighs nothing. */
const MIDDLE_DOT = /^[·•・‧]$/;
/** The weight the first character needs: a strong sign of a transliteration (姆, 卡, 诺). */
const START_WEIGHT = 1;
/** The weight any further character needs (提, 叶 pass; 中, 和 end the span). */
const PART_WEIGHT = -1;
/** The mean weight of the whole span. */
const MEAN_WEIGHT = 1.5;

export interface ForeignSpanCues {
  /**
   * How much likelier the character at `at` is in transliterations than in text;
   * undefined when never seen. Asked at every offset, so by position, not by a string.
   */
  weightAt: (text: string, at: number) => number | undefined;
  /** Whether a post or role ends right before `start`. */
  announced: (text: string, start: number) => boolean;
  /** Whether a name may end at `end` (punctuation, 说, 等, a rank or post after it). */
  mayEnd: (text: string, end: number) => boolean;
}

export function announcedForeignSpans(
  text: string,
  cues: ForeignSpanCues,
): Array<{ start: number; end: number }> {
  const spans: Array<{ start: number; end: number }> = [];
  for (let start = 0; start < text.length; start++) {
    if ((cues.weightAt(text, start) ?? -Infinity) < START_WEIGHT || !cues.announced(text, start))
      continue;
    // By length read: the weight so far and the characters it is over.
    const sums = [0];
    const counts = [0];
    for (let i = start; i < text.length && i - start < MAX_LENGTH; i++) {
      const dot = MIDDLE_DOT.test(text[i]) && i > start;
      const weight = dot ? 0 : cues.weightAt(text, i);
      if (weight === undefined || weight < PART_WEIGHT) break;
      sums.push(sums[sums.length - 1] + weight);
      counts.push(counts[counts.length - 1] + (dot ? 0 : 1));
    }
    for (let length = sums.length - 1; length >= 3; length--) {
      if (
        counts[length] >= 3 &&
        sums[length] / counts[length] >= MEAN_WEIGHT &&
        !MIDDLE_DOT.test(text[start + length - 1]) &&
        cues.mayEnd(text, start + length)
      ) {
        spans.push({ start, end: start + length });
        start += length - 1;
        break;
      }
    }
  }
  return spans;
}
