/**
 * Bytes → text: byte-order marks first (they are certain), then strict UTF-8,
 * then chardet's guesses among the Chinese legacy encodings, decoded with
 * iconv-lite. Anything that still does not decode cleanly is refused rather
 * than passed on as mojibake.
 */
import chardet from 'chardet';
import iconv from 'iconv-lite';

export interface Decoded {
  text: string;
  /** UTF-8, UTF-8 BOM, UTF-16LE, UTF-16BE, GB18030 or Big5. */
  encoding: string;
}

/** A file the ingest stage cannot turn into text; the message names the problem. */
export class DecodeError extends Error {}

const BOMS: ReadonlyArray<[bytes: number[], encoding: string, iconvName: string]> = [
  [[0xef, 0xbb, 0xbf], 'UTF-8 BOM', 'utf8'],
  [[0xff, 0xfe], 'UTF-16LE', 'utf16le'],
  [[0xfe, 0xff], 'UTF-16BE', 'utf16be'],
];

/** Legacy encodings a Chinese report may come in, as chardet names them. */
const LEGACY = ['GB18030', 'Big5'] as const;

/** Share of control characters above which decoded "text" is really binary data. */
const MAX_CONTROL_SHARE = 0.01;

function startsWith(bytes: Buffer, prefix: number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

function isUtf8(bytes: Buffer): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** Replacement characters and unpaired surrogates: what a decoder leaves of bytes it could not read. */
const UNREADABLE = /\ufffd|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

function countReplacements(text: string): number {
  return text.match(UNREADABLE)?.length ?? 0;
}

/** Controls other than tab, newline, form feed and carriage return do not occur in reports. */
function isStrayControl(code: number): boolean {
  return (
    (code < 0x20 && ![0x09, 0x0a, 0x0c, 0x0d].includes(code)) || (code >= 0x7f && code <= 0x9f)
  );
}

function checkIsText(text: string): void {
  let controls = 0;
  for (let i = 0; i < text.length; i++) if (isStrayControl(text.charCodeAt(i))) controls++;
  if (controls > Math.max(2, text.length * MAX_CONTROL_SHARE))
    throw new DecodeError(`binary file (${controls} control characters), not text`);
}

function fromBom(bytes: Buffer): Decoded | undefined {
  for (const [bom, encoding, iconvName] of BOMS) {
    if (!startsWith(bytes, bom)) continue;
    const text = iconv.decode(bytes, iconvName, { stripBOM: true });
    if (countReplacements(text) > 0)
      throw new DecodeError(`undecodable bytes: not valid ${encoding} despite its byte-order mark`);
    return { text, encoding };
  }
  return undefined;
}

/** chardet is sure of longer texts; below this confidence (short texts) it is guessing. */
const SURE = 50;
/** Full-width punctuation: real Chinese text has it, a wrong decoding rarely produces it. */
const CHINESE_PUNCTUATION = /[，。、“”：；！？（）《》]/g;

/**
 * The legacy encoding that decodes without errors: chardet's choice when it is
 * sure, otherwise the decoding that yields more Chinese punctuation (GB18030
 * first on a tie: mainland reports are the common case).
 */
function fromLegacy(bytes: Buffer): Decoded {
  const confidence = new Map<string, number>();
  for (const match of chardet.analyse(bytes)) confidence.set(match.name, match.confidence);
  const sure = LEGACY.some((encoding) => (confidence.get(encoding) ?? 0) >= SURE);
  const candidates = LEGACY.map((encoding) => ({ encoding, text: iconv.decode(bytes, encoding) }))
    .filter((c) => countReplacements(c.text) === 0)
    .map((c) => ({
      ...c,
      score: sure
        ? (confidence.get(c.encoding) ?? 0)
        : (c.text.match(CHINESE_PUNCTUATION)?.length ?? 0),
    }));
  if (candidates.length === 0)
    throw new DecodeError(`undecodable bytes: not valid UTF-8, ${LEGACY.join(' or ')}`);
  const best = candidates.reduce((a, b) => (b.score > a.score ? b : a));
  return { text: best.text, encoding: best.encoding };
}

export function decode(bytes: Buffer): Decoded {
  const decoded =
    fromBom(bytes) ??
    (() => {
      // NUL bytes never occur in 8-bit or UTF-8 text; without a UTF-16 BOM they mean binary.
      if (bytes.includes(0)) throw new DecodeError('binary file (NUL bytes), not text');
      if (isUtf8(bytes)) return { text: bytes.toString('utf8'), encoding: 'UTF-8' };
      return fromLegacy(bytes);
    })();
  checkIsText(decoded.text);
  if (decoded.text.trim() === '') throw new DecodeError('empty file (only whitespace)');
  return decoded;
}
