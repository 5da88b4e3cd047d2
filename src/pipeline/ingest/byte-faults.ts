/**
 * Where a file's bytes break an encoding's structure: byte ranges that are not a
 * well-formed UTF-8, GB18030 or Big5 sequence. A range is a lead byte with the
 * valid part of its sequence (as WHATWG decoders replace them), or a lone byte.
 */
import type { ByteRun } from '../../types/document';

export type ByteFault = ByteRun;

export type FaultEncoding = 'UTF-8' | 'GB18030' | 'Big5';

/** The bad byte ranges of `bytes` in `encoding`, adjacent ones merged, and its valid multi-byte characters. */
export function byteFaults(
  bytes: Buffer,
  encoding: FaultEncoding,
): { faults: ByteFault[]; multibyte: number } {
  const sequence = SEQUENCES[encoding];
  const faults: ByteFault[] = [];
  let multibyte = 0;
  let i = 0;
  while (i < bytes.length) {
    if (bytes[i] < 0x80) {
      i++;
      continue;
    }
    const length = sequence(bytes, i);
    if (length > 0) {
      multibyte++;
      i += length;
      continue;
    }
    const bad = Math.max(1, -length);
    const last = faults[faults.length - 1];
    if (last && last.offset + last.bytes === i) last.bytes += bad;
    else faults.push({ offset: i, bytes: bad });
    i += bad;
  }
  return { faults, multibyte };
}

/** Length of the well-formed sequence at `i` (> 0), or minus the bytes to skip as bad. */
type Sequence = (bytes: Buffer, i: number) => number;

const inRange = (b: number | undefined, lo: number, hi: number) =>
  b !== undefined && b >= lo && b <= hi;

/** UTF-8 (RFC 3629): no overlong forms, no surrogates, nothing above U+10FFFF. */
function utf8(bytes: Buffer, i: number): number {
  const b = bytes[i];
  let need: number;
  let lo = 0x80;
  let hi = 0xbf;
  if (inRange(b, 0xc2, 0xdf)) need = 1;
  else if (inRange(b, 0xe0, 0xef)) {
    need = 2;
    if (b === 0xe0) lo = 0xa0;
    if (b === 0xed) hi = 0x9f;
  } else if (inRange(b, 0xf0, 0xf4)) {
    need = 3;
    if (b === 0xf0) lo = 0x90;
    if (b === 0xf4) hi = 0x8f;
  } else return -1;
  for (let j = 1; j <= need; j++) {
    const ok = j === 1 ? inRange(bytes[i + j], lo, hi) : inRange(bytes[i + j], 0x80, 0xbf);
    if (!ok) return -j;
  }
  return need + 1;
}

/** GB18030: two bytes (lead 81–FE, trail 40–7E or 80–FE) or four (81–FE 30–39 81–FE 30–39). */
function gb18030(bytes: Buffer, i: number): number {
  if (!inRange(bytes[i], 0x81, 0xfe)) return -1;
  const second = bytes[i + 1];
  if (inRange(second, 0x40, 0x7e) || inRange(second, 0x80, 0xfe)) return 2;
  if (!inRange(second, 0x30, 0x39)) return -1;
  if (!inRange(bytes[i + 2], 0x81, 0xfe)) return -2;
  if (!inRange(bytes[i + 3], 0x30, 0x39)) return -3;
  return 4;
}

/** Big5: lead 81–FE, trail 40–7E or A1–FE. */
function big5(bytes: Buffer, i: number): number {
  if (!inRange(bytes[i], 0x81, 0xfe)) return -1;
  const second = bytes[i + 1];
  return inRange(second, 0x40, 0x7e) || inRange(second, 0xa1, 0xfe) ? 2 : -1;
}

const SEQUENCES: Record<FaultEncoding, Sequence> = { 'UTF-8': utf8, GB18030: gb18030, Big5: big5 };
