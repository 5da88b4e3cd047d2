/** Character classes and line access shared by the cleaning steps. */

/** Han characters, CJK punctuation and full-width forms: the "Chinese side" of a boundary. */
const CJK = '\\p{Script=Han}\\u3000-\\u303f\\uff00-\\uffef\\u2018-\\u201f\\u2026\\u2014\\u00b7';

const CJK_CHAR = new RegExp(`[${CJK}]`, 'u');

export function isCjk(ch: string | undefined): boolean {
  return ch !== undefined && CJK_CHAR.test(ch);
}

/** Ends a sentence. */
export const SENTENCE_END = '。！？!?';
/** May follow a sentence end and still belong to its sentence. */
export const CLOSERS = '”’」』）)》〉】';

/** A line ends a unit of text when its last character is one of these (else it was cut off). */
const LINE_END = new RegExp(`[${SENTENCE_END}${CLOSERS}…：:；;—]$`, 'u');

export function endsComplete(line: string): boolean {
  return LINE_END.test(line.trimEnd());
}

const ANY_SENTENCE_END = new RegExp(`[${SENTENCE_END}]`);

export function containsSentenceEnd(line: string): boolean {
  return ANY_SENTENCE_END.test(line);
}

export interface Line {
  /** Offsets into the text the line was taken from; `end` excludes the newline. */
  start: number;
  end: number;
  text: string;
}

export function linesOf(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (;;) {
    const nl = text.indexOf('\n', start);
    const end = nl === -1 ? text.length : nl;
    lines.push({ start, end, text: text.slice(start, end) });
    if (nl === -1) return lines;
    start = nl + 1;
  }
}

export function isBlank(line: Line): boolean {
  return line.text.trim() === '';
}

/** Number of characters that count for length rules: whitespace does not. */
export function visibleLength(text: string): number {
  return text.replace(/\s+/g, '').length;
}
