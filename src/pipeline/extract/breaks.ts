/**
 * Where the original had white space that normalization took out between two
 * Han characters (本报讯（通讯员 甲 乙 丙）becomes 通讯员甲乙丙): word breaks the
 * person-name recognizer must not read across.
 */
import type { NormalizedDocument } from '../../types/document';
import { toOriginalOffsets } from '../ingest/offsets';

const HAN = /\p{Script=Han}/u;
/** White space in text or markup: spaces, ideographic spaces, &nbsp;, line breaks, tags. */
const GAP = /^(?:[\s\u3000\u00a0]|&nbsp;|&#160;|<[^>]*>)+$/;

/** `breaks[i]` is 1 where white space stood between text[i-1] and text[i]. */
export function whiteSpaceBreaks(
  doc: Pick<NormalizedDocument, 'text' | 'original' | 'offsets'>,
): Uint8Array {
  const { text, original } = doc;
  const breaks = new Uint8Array(text.length + 1);
  const originalAt = toOriginalOffsets(doc);
  let previous = -1;
  for (let i = 0; i < text.length; i++) {
    const at = originalAt[i];
    // The gap first: testing two characters for Han at every offset costs more.
    if (i > 0 && at > previous + 1 && HAN.test(text[i - 1]) && HAN.test(text[i])) {
      if (GAP.test(original.slice(previous + 1, at))) breaks[i] = 1;
    }
    previous = at;
  }
  return breaks;
}
