/**
 * Text that remembers where each of its characters came from in the original.
 *
 * Every cleaning step is a list of edits on the current text; applying them
 * carries the origin ranges along, so provenance survives any number of steps
 * without the steps having to know about it.
 */

export interface Edit {
  /** Range of the current text to replace, end exclusive. */
  start: number;
  end: number;
  replacement: string;
  /** Cleaning kind counted in the document's `cleaning` record; omitted for pure re-layout. */
  kind?: string;
}

export interface TrackedText {
  readonly text: string;
  /** Origin range of each character: `[from[i], to[i])` in the original. */
  readonly from: Int32Array;
  readonly to: Int32Array;
}

/** The original itself: each character comes from its own position. */
export function trackOriginal(original: string): TrackedText {
  const from = new Int32Array(original.length);
  const to = new Int32Array(original.length);
  for (let i = 0; i < original.length; i++) {
    from[i] = i;
    to[i] = i + 1;
  }
  return { text: original, from, to };
}

/**
 * Builds tracked text piece by piece, for sources whose text is not the original
 * (HTML: text nodes and block breaks taken out of markup).
 */
export class TrackedTextBuilder {
  private readonly chars: string[] = [];
  private readonly from: number[] = [];
  private readonly to: number[] = [];

  /** Appends `text`, character i coming from `origin + i`. */
  appendCopied(text: string, origin: number): void {
    for (let i = 0; i < text.length; i++) this.push(text[i], origin + i, origin + i + 1);
  }

  /** Appends `text` that as a whole came from the original range `[from, to)`. */
  appendRewritten(text: string, from: number, to: number): void {
    for (const ch of text.split('')) this.push(ch, from, to);
  }

  get length(): number {
    return this.chars.length;
  }

  lastChar(): string | undefined {
    return this.chars[this.chars.length - 1];
  }

  build(): TrackedText {
    return {
      text: this.chars.join(''),
      from: Int32Array.from(this.from),
      to: Int32Array.from(this.to),
    };
  }

  private push(ch: string, from: number, to: number): void {
    this.chars.push(ch);
    this.from.push(from);
    this.to.push(to);
  }
}

/**
 * Applies non-overlapping edits and adds one count per edit to `counts` under
 * its kind. A replacement of the same length maps character by character; any
 * other replacement maps as a whole to the union of the replaced origins.
 */
export function applyEdits(
  tracked: TrackedText,
  edits: readonly Edit[],
  counts: Record<string, number>,
): TrackedText {
  if (edits.length === 0) return tracked;
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  const { text, from, to } = tracked;
  let size = text.length;
  for (const e of sorted) size += e.replacement.length - (e.end - e.start);
  const newFrom = new Int32Array(size);
  const newTo = new Int32Array(size);
  const parts: string[] = [];
  let out = 0;
  let cursor = 0;
  const copy = (start: number, end: number) => {
    parts.push(text.slice(start, end));
    newFrom.set(from.subarray(start, end), out);
    newTo.set(to.subarray(start, end), out);
    out += end - start;
  };
  for (const e of sorted) {
    if (e.start < cursor) throw new Error(`overlapping edits at ${e.start}`);
    copy(cursor, e.start);
    parts.push(e.replacement);
    const sameLength = e.replacement.length === e.end - e.start;
    // An insertion has no origin of its own: it sits where the text around it came from.
    const anchor = e.start < text.length ? from[e.start] : (to[text.length - 1] ?? 0);
    const unionFrom = e.end > e.start ? from[e.start] : anchor;
    const unionTo = e.end > e.start ? to[e.end - 1] : anchor;
    for (let i = 0; i < e.replacement.length; i++, out++) {
      newFrom[out] = sameLength ? from[e.start + i] : unionFrom;
      newTo[out] = sameLength ? to[e.start + i] : unionTo;
    }
    if (e.kind) counts[e.kind] = (counts[e.kind] ?? 0) + 1;
    cursor = e.end;
  }
  copy(cursor, text.length);
  return { text: parts.join(''), from: newFrom, to: newTo };
}

/** Edits for every match of a global regex, each replaced by `replace(match)`. */
export function regexEdits(
  text: string,
  pattern: RegExp,
  replace: (match: RegExpExecArray) => string,
  kind?: string,
): Edit[] {
  const edits: Edit[] = [];
  for (const m of text.matchAll(pattern)) {
    const replacement = replace(m);
    if (replacement === m[0]) continue;
    edits.push({ start: m.index, end: m.index + m[0].length, replacement, kind });
  }
  return edits;
}
