/** Test helper: the provenance check every ingest test applies to its documents. */
import * as cheerio from 'cheerio';
import type { NormalizedDocument } from '../../../types/document';
import { formatOf } from '../build-document';
import { cleanFragment } from '../normalize';
import { toOriginalSpan } from '../offsets';

export interface Mismatch {
  sentence: string;
  original: string;
  cleaned: string;
}

/** The words of a stretch of markup: tags and markdown markers out, entities decoded. */
function withoutMarkup(stretch: string, file: string): string {
  switch (formatOf(file)) {
    case 'html':
      // Table cells stand a space apart; other tags inside a sentence are inline.
      return cheerio
        .load(stretch.replace(/\s*<\/?t[dh]\b[^>]*>\s*/gi, ' ').replace(/<[^>]*>/g, ''))
        .root()
        .text();
    case 'markdown':
      return stretch
        .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
        .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
        .replace(/\*\*|__|`/g, '');
    default:
      return stretch;
  }
}

/**
 * For every sentence, the stretch of the original it maps to, cleaned the way
 * text inside a paragraph is cleaned, must be the sentence again.
 */
export function roundTripMismatches(doc: NormalizedDocument): Mismatch[] {
  const mismatches: Mismatch[] = [];
  for (const s of doc.sentences) {
    const sentence = doc.text.slice(s.start, s.end);
    const span = toOriginalSpan(doc, s.start, s.end);
    const original = doc.original.slice(span.start, span.end);
    const cleaned = cleanFragment(withoutMarkup(original, doc.file), doc.script);
    if (cleaned !== sentence) mismatches.push({ sentence, original, cleaned });
  }
  return mismatches;
}
