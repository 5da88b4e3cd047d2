/**
 * Provenance: the compact segment list of a document, built from tracked text,
 * and the look-ups from normalized-text offsets back into the original.
 */
import type { NormalizedDocument, OffsetSegment } from '../../types/document';
import type { TrackedText } from './tracked-text';

/**
 * Compresses per-character origins into segments: runs of characters copied one
 * to one become one segment, and characters sharing one rewritten origin range
 * become one segment.
 */
export function toSegments(tracked: TrackedText): OffsetSegment[] {
  const segments: OffsetSegment[] = [];
  const { from, to } = tracked;
  for (let i = 0; i < from.length; i++) {
    const last = segments[segments.length - 1];
    const oneToOne = to[i] - from[i] === 1;
    if (last) {
      const [textStart, originalStart, length, originalLength] = last;
      const lastOneToOne = length === originalLength;
      const continuesCopy = oneToOne && lastOneToOne && from[i] === originalStart + length;
      const sameRewrite =
        !oneToOne &&
        !lastOneToOne &&
        from[i] === originalStart &&
        to[i] === originalStart + originalLength;
      if ((continuesCopy || sameRewrite) && textStart + length === i) {
        last[2] += 1;
        if (continuesCopy) last[3] += 1;
        continue;
      }
    }
    segments.push([i, from[i], 1, to[i] - from[i]]);
  }
  return segments;
}

type Located = Pick<NormalizedDocument, 'offsets' | 'text' | 'original'>;

/** The segment holding text offset `offset` (which must be inside the text). */
function segmentAt(doc: Located, offset: number): OffsetSegment {
  const { offsets } = doc;
  let lo = 0;
  let hi = offsets.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (offsets[mid][0] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return offsets[lo];
}

function checkOffset(doc: Located, offset: number): void {
  if (!Number.isInteger(offset) || offset < 0 || offset > doc.text.length)
    throw new RangeError(`text offset ${offset} is outside 0..${doc.text.length}`);
}

/** Where the character at `textOffset` of the normalized text starts in the original. */
export function toOriginalOffset(doc: Located, textOffset: number): number {
  checkOffset(doc, textOffset);
  if (doc.offsets.length === 0) return 0;
  if (textOffset === doc.text.length) {
    const [, originalStart, , originalLength] = doc.offsets[doc.offsets.length - 1];
    return originalStart + originalLength;
  }
  const [textStart, originalStart, length, originalLength] = segmentAt(doc, textOffset);
  return length === originalLength ? originalStart + (textOffset - textStart) : originalStart;
}

/**
 * `toOriginalOffset` of every offset of the text, its end included, in one walk over
 * the segments (in text order, as `toSegments` makes them) instead of a search per offset.
 */
export function toOriginalOffsets(doc: Located): Int32Array {
  const { offsets, text } = doc;
  const originals = new Int32Array(text.length + 1);
  if (offsets.length === 0) return originals;
  let segment = 0;
  for (let i = 0; i < text.length; i++) {
    while (segment + 1 < offsets.length && offsets[segment + 1][0] <= i) segment++;
    const [textStart, originalStart, length, originalLength] = offsets[segment];
    originals[i] = length === originalLength ? originalStart + (i - textStart) : originalStart;
  }
  const [, originalStart, , originalLength] = offsets[offsets.length - 1];
  originals[text.length] = originalStart + originalLength;
  return originals;
}

/** The original range that the normalized range `[start, end)` came from. */
export function toOriginalSpan(
  doc: Located,
  start: number,
  end: number,
): { start: number; end: number } {
  checkOffset(doc, start);
  checkOffset(doc, end);
  if (end < start) throw new RangeError(`span end ${end} is before its start ${start}`);
  const originalStart = toOriginalOffset(doc, start);
  if (end === start || doc.offsets.length === 0)
    return { start: originalStart, end: originalStart };
  const [textStart, segmentStart, length, originalLength] = segmentAt(doc, end - 1);
  const originalEnd =
    length === originalLength
      ? segmentStart + (end - 1 - textStart) + 1
      : segmentStart + originalLength;
  return { start: originalStart, end: Math.max(originalStart, originalEnd) };
}
