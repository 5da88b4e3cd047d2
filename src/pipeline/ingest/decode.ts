/**
 * Bytes → text: byte-order marks first (they are certain), then strict UTF-8,
 * then chardet's guesses among the Chinese legacy encodings, decoded with
 * iconv-lite. A file that is one of these but for a few bad bytes (a last
 * character cut by a truncated download, a stray byte) is read with each bad
 * run of bytes replaced by U+FFFD and the runs reported; past MAX_REPLACED_SHARE
 * of its bytes it is refused rather than passed on as mojibake.
 */
import chardet from 'chardet';
import iconv from 'iconv-lite';
import { byteFaults, type ByteFault } from './byte-faults';

export interface Decoded {
  text: string;
  /** UTF-8, UTF-8 BOM, UTF-16LE, UTF-16BE, GB18030 or Big5. */
  encoding: string;
  /** Runs of bytes that did not decode, each replaced by one U+FFFD. */
  replaced?: ByteFault[];
}

/** Share of a file's bytes that may be replaced (but always 3, a cut character) before it is refused. */
export const MAX_REPLACED_SHARE = 0.01;

const replaceable = (bytes: Buffer) => Math.max(3, Math.floor(bytes.length * MAX_REPLACED_SHARE));

const faultBytes = (faults: ByteFault[]) => faults.reduce((n, f) => n + f.bytes, 0);

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

/** The warning for a file read with bytes replaced: the file, each run's byte offset and length. */
export function replacedWarning(file: string, runs: ByteFault[]): string {
  const total = faultBytes(runs);
  const where = runs.map((r) => `${r.bytes} at byte ${r.offset}`).join(', ');
  return `${file}: ${total} undecodable byte${total === 1 ? '' : 's'} replaced by U+FFFD (${where})`;
}

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
  const clean = cleanLegacy(bytes);
  if (clean) return clean;
  const salvaged = LEGACY.map((encoding) => salvage(bytes, encoding))
    .filter((d): d is Decoded & { replaced: ByteFault[] } => d !== undefined)
    .sort((a, b) => faultBytes(a.replaced) - faultBytes(b.replaced));
  const best = salvaged[0];
  if (best && faultBytes(best.replaced) <= replaceable(bytes)) return best;
  const least = Math.min(
    faultBytes(byteFaults(bytes, 'UTF-8').faults),
    ...salvaged.map((d) => faultBytes(d.replaced)),
  );
  throw new DecodeError(
    `undecodable bytes: not valid UTF-8, ${LEGACY.join(' or ')} (at least ${least} of ${bytes.length} ` +
      `bytes bad; up to ${replaceable(bytes)} are replaced)`,
  );
}

/**
 * The text of a file that is `encoding` but for some bad bytes: the runs between
 * them decoded, each bad run replaced by U+FFFD. Undefined when a run that is
 * well-formed still does not decode (a code the encoding leaves unassigned).
 */
function salvage(bytes: Buffer, encoding: (typeof LEGACY)[number]): Decoded | undefined {
  const { faults } = byteFaults(bytes, encoding);
  const parts: string[] = [];
  let from = 0;
  for (const fault of [...faults, { offset: bytes.length, bytes: 0 }]) {
    const part = iconv.decode(bytes.subarray(from, fault.offset), encoding);
    if (countReplacements(part) > 0) return undefined;
    parts.push(part);
    from = fault.offset + fault.bytes;
  }
  return { text: parts.join('\ufffd'), encoding, replaced: faults };
}

/**
 * UTF-8 with a few bad bytes: few enough to replace, and the file's other
 * non-ASCII bytes well-formed UTF-8 characters (a GB18030 file read as UTF-8 is
 * mostly faults, and nearly no well-formed characters).
 */
function fromMostlyUtf8(bytes: Buffer): Decoded | undefined {
  const { faults, multibyte } = byteFaults(bytes, 'UTF-8');
  if (faultBytes(faults) > replaceable(bytes) || multibyte <= faults.length) return undefined;
  // Node's decoder puts U+FFFD where the bad bytes were.
  return { text: bytes.toString('utf8'), encoding: 'UTF-8', replaced: faults };
}

function cleanLegacy(bytes: Buffer): Decoded | undefined {
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
  if (candidates.length === 0) return undefined;
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
      return fromMostlyUtf8(bytes) ?? fromLegacy(bytes);
    })();
  checkIsText(decoded.text);
  if (decoded.text.trim() === '') throw new DecodeError('empty file (only whitespace)');
  return decoded;
}
