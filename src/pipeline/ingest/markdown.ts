/**
 * Markdown markup that is not text: heading and list markers, quote markers,
 * rules, emphasis, code ticks, link targets and images. Markers are deleted
 * piecewise so that the words around them keep exact offsets.
 */
import type { Edit } from './tracked-text';

const LINE_MARKERS = /^[ \t]*(?:#{1,6}[ \t]+|>[ \t]?|[-*+][ \t]+|\d{1,3}[.)][ \t]+)/gm;
const RULE = /^[ \t]*(?:-{3,}|\*{3,}|_{3,})[ \t]*$/gm;
const IMAGE = /!\[[^\]\n]*\]\([^)\n]*\)/g;
const LINK = /\[([^\]\n]+)\]\([^)\n]*\)/g;
const EMPHASIS = /(\*\*|__|`)(?=\S)([^\n]*?\S)\1/g;

function deletion(start: number, end: number): Edit {
  return { start, end, replacement: '', kind: 'markup' };
}

export function markdownEdits(text: string): Edit[] {
  const edits: Edit[] = [];
  const taken: Array<[number, number]> = [];
  const free = (start: number, end: number) => taken.every(([s, e]) => end <= s || start >= e);
  const add = (start: number, end: number, parts: Edit[]) => {
    if (!free(start, end)) return;
    taken.push([start, end]);
    edits.push(...parts);
  };
  for (const m of text.matchAll(IMAGE))
    add(m.index, m.index + m[0].length, [deletion(m.index, m.index + m[0].length)]);
  for (const m of text.matchAll(RULE))
    add(m.index, m.index + m[0].length, [deletion(m.index, m.index + m[0].length)]);
  for (const m of text.matchAll(LINK)) {
    const end = m.index + m[0].length;
    const textEnd = m.index + 1 + m[1].length;
    add(m.index, end, [deletion(m.index, m.index + 1), deletion(textEnd, end)]);
  }
  for (const m of text.matchAll(LINE_MARKERS))
    add(m.index, m.index + m[0].length, [deletion(m.index, m.index + m[0].length)]);
  for (const m of text.matchAll(EMPHASIS)) {
    const marker = m[1].length;
    const end = m.index + m[0].length;
    // Emphasis may wrap a link; only its own markers must be free.
    if (!free(m.index, m.index + marker) || !free(end - marker, end)) continue;
    edits.push(deletion(m.index, m.index + marker), deletion(end - marker, end));
    taken.push([m.index, m.index + marker], [end - marker, end]);
  }
  return edits;
}
