/**
 * HTML → text with paragraph structure: block elements and <br> become line
 * breaks, everything else flows inline. Site chrome elements (navigation,
 * footers, share bars; see `noise-patterns.json`) are dropped whole. Every
 * character keeps its offset in the HTML source, entities included.
 */
import * as cheerio from 'cheerio';
import type { AnyNode, Element, Text } from 'domhandler';
import noise from './noise-patterns.json';
import { isCjk } from './chars';
import { TrackedTextBuilder, type TrackedText } from './tracked-text';

/** Elements whose content is never text. */
const SKIPPED = new Set(['head', 'script', 'style', 'noscript', 'template', 'svg', 'iframe']);
/** Elements a chrome selector must never remove, however they are classed. */
const CONTAINERS = new Set(['html', 'body', 'main', 'article']);
const BLOCKS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'br',
  'caption',
  'dd',
  'div',
  'dl',
  'dt',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'li',
  'main',
  'ol',
  'p',
  'pre',
  'section',
  'table',
  'tbody',
  'thead',
  'tfoot',
  'tr',
  'ul',
]);
/** Table cells sit side by side: a space apart, not a line apart. */
const CELLS = new Set(['td', 'th']);
const ENTITY = /^&(?:#\d{1,7}|#x[0-9a-f]{1,6}|[a-z][a-z0-9]{1,31});/i;

export interface HtmlText {
  tracked: TrackedText;
  /** The document's <title>, a fallback for the title. */
  title?: string;
}

/** Source whitespace inside a text node is a space: only elements break lines. */
const flatten = (ch: string) => (ch === '\n' || ch === '\t' || ch === '\f' ? ' ' : ch);

/**
 * Which characters of a text node to drop: a source line break between two
 * Chinese characters, with the spaces around it, is no space at all (that is
 * how browsers render it, CSS Text 3 §4.1.2).
 */
function cjkLineBreaks(data: string, before: string | undefined): boolean[] {
  const drop = new Array<boolean>(data.length).fill(false);
  for (const m of data.matchAll(/[ \t\f]*\n\s*/g)) {
    const previous = m.index > 0 ? data[m.index - 1] : before;
    if (isCjk(previous) && isCjk(data[m.index + m[0].length]))
      drop.fill(true, m.index, m.index + m[0].length);
  }
  return drop;
}

function appendTextNode(node: Text, source: string, out: TrackedTextBuilder): void {
  const data = node.data;
  const drop = cjkLineBreaks(data, out.lastChar());
  const emit = (from: number, to: number, origin: number, originEnd: number) => {
    const kept = data
      .slice(from, to)
      .split('')
      .filter((_, i) => !drop[from + i])
      .map(flatten)
      .join('');
    if (originEnd - origin === kept.length && to - from === kept.length)
      out.appendCopied(kept, origin);
    else out.appendRewritten(kept, origin, originEnd);
  };
  const location = node.sourceCodeLocation;
  if (!location) {
    emit(0, data.length, 0, 0);
    return;
  }
  const end = location.endOffset;
  let s = location.startOffset;
  let d = 0;
  while (d < data.length) {
    const entity = source[s] === '&' ? ENTITY.exec(source.slice(s, s + 40)) : null;
    if (entity) {
      // An entity decodes to one character, or two for a surrogate pair.
      const length = /[\ud800-\udbff]/.test(data[d]) ? 2 : 1;
      emit(d, d + length, s, s + entity[0].length);
      d += length;
      s += entity[0].length;
    } else if (source[s] === '\r' && data[d] !== '\r') {
      s++; // the parser folds CR LF into LF
    } else if (s < end && source[s] === data[d]) {
      emit(d, d + 1, s, s + 1);
      d++;
      s++;
    } else {
      // Lost step with the source (an unusual construct): the rest maps to the rest.
      emit(d, data.length, s, end);
      return;
    }
  }
}

function lineBreak(out: TrackedTextBuilder, at: number): void {
  if (out.length > 0 && out.lastChar() !== '\n') out.appendRewritten('\n', at, at);
}

function walk(node: AnyNode, source: string, out: TrackedTextBuilder): void {
  if (node.type === 'text') {
    appendTextNode(node as Text, source, out);
    return;
  }
  if (node.type !== 'tag' && node.type !== 'root') return;
  const element = node as Element;
  const name = node.type === 'tag' ? element.tagName.toLowerCase() : '';
  if (SKIPPED.has(name)) return;
  const location = element.sourceCodeLocation;
  const block = BLOCKS.has(name);
  if (block) lineBreak(out, location?.startOffset ?? 0);
  for (const child of element.children) walk(child, source, out);
  if (block) lineBreak(out, location?.endOffset ?? 0);
  if (CELLS.has(name)) out.appendRewritten(' ', location?.endOffset ?? 0, location?.endOffset ?? 0);
}

export function htmlToText(source: string, counts: Record<string, number>): HtmlText {
  const $ = cheerio.load(source, { sourceCodeLocationInfo: true });
  const title = $('title').first().text().trim() || undefined;
  for (const selector of noise.htmlChromeSelectors) {
    const chrome = $(selector).filter(
      (_, el) => !(el.type === 'tag' && CONTAINERS.has((el as Element).tagName.toLowerCase())),
    );
    if (chrome.length) counts.chrome = (counts.chrome ?? 0) + chrome.length;
    chrome.remove();
  }
  const out = new TrackedTextBuilder();
  walk($.root()[0], source, out);
  return { tracked: out.build(), title };
}
