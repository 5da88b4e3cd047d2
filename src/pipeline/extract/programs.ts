/**
 * Program mentions: quoted names (“五张任务清单”, “云上议事厅”) when the text
 * treats them as a program — a program suffix follows or ends them (“田保姆”为农服务机制),
 * a verb introduces them (实施“…”), or they have the shape of a slogan (numerals,
 * paired phrases) — and unquoted names before 工程/行动/战略 (清溪固本强基工程).
 */
import { extendLeft } from './phrase';
import type { TaggedToken } from './segment';
import { occurrences } from './spans';

export interface ProgramMention {
  start: number;
  end: number;
  name: string;
  /** The quoted part alone, when a suffix was joined to it. */
  alias?: string;
}

export interface ProgramLexicon {
  /** Endings that join a quoted name (“…”强基工程) and that mark a quoted name as a program. */
  suffixes: string[];
  /** Words after a quoted name that mark it as a program without joining it (“…”应用). */
  markers: string[];
  bareSuffixes: string[];
  verbs: string[];
  generic: Set<string>;
  /** Nouns for people or places (干部, 村庄): a quoted name ending in one is a label, not a program, unless a suffix, marker or verb says otherwise. */
  labelHeads: string[];
}

const QUOTED = /[“‘「]([^“”‘’「」\n]{2,20})[”’」]/g;
/** Sentence punctuation inside quotes marks speech, not a name. */
const SPEECH = /[。，！？；：,!?;:]/;
/**
 * Slogan shapes: paired short phrases (两年攻坚、全面提升, 绿映山城·幸福某县) or a
 * numbered name of four characters or more (千名干部进万家, 三治并举); a leading 一
 * or 第 reads as a plain phrase (一把手, 第一优先级).
 */
const SLOGAN_SHAPE =
  /^(?:\p{Script=Han}{2,4}(?:[、·]\p{Script=Han}{2,4})+|[二三四五六七八九十百千万两双]\p{Script=Han}{3,})$/u;
/** A name quoted more than once is a program when it is at least this long (二把手 is a word). */
const MIN_REPEATED = 4;
const MAX_SUFFIX_GAP = 8;
/** Words between a quoted name and its suffix (“双长”联动机制); more is a clause (…纳入结对共建机制). */
const MAX_MODIFIER = 4;
/** A particle between the name and a suffix makes a phrase (“…”的新机制). */
const PARTICLE = /[的之了]/;
const MAX_LENGTH = 20;

export function findPrograms(
  text: string,
  tokens: TaggedToken[],
  lexicon: ProgramLexicon,
  isTakenAt: (start: number, end: number) => boolean,
): ProgramMention[] {
  const found: ProgramMention[] = [];
  for (const m of text.matchAll(QUOTED)) {
    const inner = m[1];
    if (SPEECH.test(inner)) continue;
    const start = m.index;
    const close = start + m[0].length;
    if (isTakenAt(start + 1, close - 1)) continue;
    const named = [...lexicon.suffixes, ...lexicon.markers].some((s) => inner.endsWith(s));
    const tail = named
      ? undefined
      : attachedSuffix(text.slice(close, close + MAX_SUFFIX_GAP), lexicon.suffixes);
    if (tail) {
      found.push({ start, end: close + tail.length, name: inner + tail, alias: inner });
      continue;
    }
    // After a verb, the quoted words name the program only where no other noun follows
    // them (建立“…”微信群 names a chat group).
    const introduced =
      !/\p{Script=Han}/u.test(text[close] ?? '') &&
      lexicon.verbs.some((v) => text.slice(Math.max(0, start - v.length - 1), start).includes(v));
    const marked = lexicon.markers.some((w) => text.startsWith(w, close));
    const repeated = inner.length >= MIN_REPEATED && [...occurrences(text, m[0])].length > 1;
    const label = lexicon.labelHeads.some((h) => inner.endsWith(h));
    if (introduced || named || marked || (!label && (repeated || SLOGAN_SHAPE.test(inner))))
      found.push({ start, end: close, name: inner });
  }
  const quoted = new Uint8Array(text.length + 1);
  for (const p of found) quoted.fill(1, p.start, p.end);
  for (const suffix of lexicon.bareSuffixes) {
    for (const at of occurrences(text, suffix)) {
      if (text[at - 1] === '”' || quoted[at] || isTakenAt(at, at + suffix.length)) continue;
      const phrase = extendLeft(text, tokens, at, at + suffix.length, MAX_LENGTH, undefined, false);
      if (!phrase || phrase.text.length <= suffix.length + 1) continue;
      if ([...lexicon.generic].some((g) => phrase.text.endsWith(g))) continue;
      found.push({ start: phrase.start, end: phrase.end, name: phrase.text });
      found.push(...listedAfter(text, phrase.end, suffix));
    }
  }
  return found;
}

/**
 * Names that follow a bare program in a list and share its suffix (甲乙工程、丙丁工程),
 * whatever words they are made of: the list shows they are names too.
 */
function listedAfter(text: string, end: number, suffix: string): ProgramMention[] {
  const item = new RegExp(`^、(\\p{Script=Han}{2,6}?${suffix})(?=[、，。；,;])`, 'u');
  const listed: ProgramMention[] = [];
  for (let at = end, m = item.exec(text.slice(at)); m; m = item.exec(text.slice(at))) {
    listed.push({ start: at + 1, end: at + m[0].length, name: m[1] });
    at += m[0].length;
  }
  return listed;
}

/**
 * The shortest run of name characters after a closing quote that ends in a program suffix,
 * with the suffixes right after it (“…”工程项目).
 */
function attachedSuffix(after: string, suffixes: string[]): string | undefined {
  const run = /^\p{Script=Han}*/u.exec(after)?.[0] ?? '';
  for (let len = 2; len <= run.length; len++) {
    const head = run.slice(0, len);
    const suffix = suffixes.find((s) => head.endsWith(s));
    if (suffix) {
      const modifier = head.slice(0, -suffix.length);
      if (modifier.length > MAX_MODIFIER || PARTICLE.test(modifier)) return undefined;
      return head + followingSuffixes(run.slice(len), suffixes);
    }
  }
  return undefined;
}

/** Program suffixes that follow one another from the start of `rest` (项目 after 工程). */
function followingSuffixes(rest: string, suffixes: string[]): string {
  const next = suffixes.find((s) => rest.startsWith(s));
  return next ? next + followingSuffixes(rest.slice(next.length), suffixes) : '';
}
