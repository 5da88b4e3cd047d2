/**
 * Site chrome: navigation, breadcrumbs, share prompts, mobile-site prompts and
 * footers, recognised line by line with the general patterns of
 * `noise-patterns.json`. A chrome line is removed whole.
 */
import type { Edit } from '../tracked-text';
import { linesOf } from '../chars';
import noise from '../noise-patterns.json';

interface LinePattern {
  kind: string;
  pattern: string;
  flags?: string;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const NAVIGATION_BAR = new RegExp(
  `^(?:(?:${[...noise.navigationItems]
    .sort((a, b) => b.length - a.length)
    .map(escape)
    .join('|')})[|｜·/]?)+$`,
);
const PATTERNS = (noise.lines as LinePattern[]).map((p) => new RegExp(p.pattern, p.flags ?? ''));

export function isChromeLine(line: string): boolean {
  const compact = line.replace(/\s+/g, '');
  if (compact === '' || compact.length > noise.maxLineLength || compact.includes('。'))
    return false;
  return NAVIGATION_BAR.test(compact) || PATTERNS.some((p) => p.test(compact));
}

/** Deletes chrome lines together with their line break. */
export function chromeEdits(text: string): Edit[] {
  return linesOf(text)
    .filter((line) => isChromeLine(line.text))
    .map((line) => ({
      start: line.start,
      end: Math.min(line.end + 1, text.length),
      replacement: '',
      kind: 'chrome',
    }));
}
