/**
 * Traditional or simplified script, and conversion to simplified.
 *
 * Converting simplified text "to simplified" is not a no-op (沈 can become 沉), so only
 * text detected as traditional is converted. Detection compares how many
 * characters each direction of conversion would change: traditional text changes
 * a lot under t→cn and hardly at all under cn→t, simplified text the reverse.
 */
import * as OpenCC from 'opencc-js';
import type { Script } from '../../types/document';
import type { Edit } from './tracked-text';
import { linesOf } from './chars';

// The Taiwan standard reads 著 as the particle 着 (沿著 → 沿着), which plain 't' leaves alone.
const toSimplified = OpenCC.Converter({ from: 'tw', to: 'cn' });
const toTraditional = OpenCC.Converter({ from: 'cn', to: 't' });

/** Fewer changed characters than this share of the Han characters is noise (a quoted name). */
const MIN_CHANGED_SHARE = 0.01;

function changedCount(text: string, converted: string): number {
  if (converted.length !== text.length) return Math.abs(converted.length - text.length);
  let n = 0;
  for (let i = 0; i < text.length; i++) if (text[i] !== converted[i]) n++;
  return n;
}

export function detectScript(text: string): Script {
  const han = text.match(/\p{Script=Han}/gu)?.length ?? 0;
  const fromTraditional = changedCount(text, toSimplified(text));
  const fromSimplified = changedCount(text, toTraditional(text));
  return fromTraditional > fromSimplified && fromTraditional >= han * MIN_CHANGED_SHARE
    ? 'traditional'
    : 'simplified';
}

/**
 * Converts a line keeping its length, so that characters stay aligned with
 * their origins. The line is converted whole so that OpenCC's phrase rules see
 * context; if a phrase rule changed the length, code point by code point instead.
 */
function simplifyAligned(line: string): string {
  const whole = toSimplified(line);
  if (whole.length === line.length) return whole;
  let out = '';
  for (const ch of line) {
    const one = toSimplified(ch);
    out += one.length === ch.length ? one : ch;
  }
  return out;
}

/** One edit per character that conversion to simplified changes. */
export function simplifyEdits(text: string): Edit[] {
  const edits: Edit[] = [];
  for (const line of linesOf(text)) {
    const converted = simplifyAligned(line.text);
    for (let i = 0; i < line.text.length; i++) {
      if (converted[i] === line.text[i]) continue;
      const start = line.start + i;
      edits.push({ start, end: start + 1, replacement: converted[i], kind: 'script' });
    }
  }
  return edits;
}
