/**
 * Sentences of the normalized text. A sentence ends after 。！？ (and any run
 * of them), taking along closing quotes and brackets that follow (“…。” stays
 * whole); every line ends a sentence too. Each sentence has its line's kind.
 */
import type { Sentence } from '../../types/document';
import { CLOSERS, SENTENCE_END, linesOf } from './chars';
import { lineKinds } from './line-kinds';

const SENTENCE = new RegExp(
  `[^${SENTENCE_END}]+(?:[${SENTENCE_END}]+[${CLOSERS}]*)?|[${SENTENCE_END}]+[${CLOSERS}]*`,
  'gu',
);

export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  const kinds = lineKinds(text);
  linesOf(text).forEach((line, k) => {
    for (const m of line.text.matchAll(SENTENCE)) {
      const leading = m[0].length - m[0].trimStart().length;
      const trimmed = m[0].trim();
      if (trimmed === '') continue;
      const start = line.start + m.index + leading;
      sentences.push({
        index: sentences.length,
        start,
        end: start + trimmed.length,
        kind: kinds[k],
      });
    }
  });
  return sentences;
}
