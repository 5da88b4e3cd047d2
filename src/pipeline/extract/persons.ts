/**
 * Person mentions. A name is read where the text announces one: right after a
 * post or role (党支部书记张立新, 村民刘大伟), before 代表/同志/总书记, and in
 * bylines and photo credits. Its length (two or three characters) is decided by
 * the surname list and by where jieba sees the next word begin.
 */
import type { Lexicon } from './lexicon';
import { occurrences } from './spans';
import { WordIndex } from './word-index';
import { firstWordOf, tagShort } from './segment';
import { isHanAt } from './han';

export interface PersonMention {
  start: number;
  end: number;
  name: string;
  /** The post, role or byline word that announced the name, if any. */
  anchor?: { start: number; end: number; word: string };
}

/** Characters after which a name may start when it is followed by 代表, 同志 or 总书记. */
const NAME_SUFFIXES = ['总书记', '同志', '代表'];
const NAME_TAGS = new Set(['nr', 'nrfg', 'nrt', 'x']);
/** Particles that follow a verb (了, 着, 过). */
export const ASPECT_PARTICLES = /^[了着过]$/;
/** Tags of jieba words a name must not cut, and how far to look for one. */
const LONG_NAME_TAGS = /^(nrt|ns)$/;
const LONGEST_NAME_WORD = 8;
/** Tags of words that are not names when they make up the whole given name (努力/ad, 上阵/v). */
const WORD_TAGS = /^(v|vn|vd|a|ad|an|d|p|c|u|r|m|q|f|t)/;

export class PersonFinder {
  private readonly anchors: WordIndex;
  private readonly bylineRoles: WordIndex;
  /** Titles by their last character's code: the posts of every apposition are asked about. */
  private readonly titlesByLast = new Map<number, string[]>();

  constructor(
    private readonly lexicon: Lexicon,
    private readonly isBlocked: (start: number, end: number) => boolean,
  ) {
    this.anchors = new WordIndex([...lexicon.titles, ...lexicon.roles]);
    this.bylineRoles = new WordIndex(lexicon.bylineRoles);
    for (const title of lexicon.titles) {
      const last = title.charCodeAt(title.length - 1);
      this.titlesByLast.set(last, [...(this.titlesByLast.get(last) ?? []), title]);
    }
  }

  /** A name starting at `pos`: surname plus one or two given characters. */
  readName(text: string, pos: number, inByline = false): string | undefined {
    const surname = [2, 1]
      .map((n) => text.slice(pos, pos + n))
      .find((s) => this.lexicon.surnames.has(s));
    if (!surname) return undefined;
    const given = pos + surname.length;
    if (!isHanAt(text, given) || this.startsAnchor(text, given)) return undefined;
    let end = given + 1;
    if (this.takesSecondGivenChar(text, end)) end++;
    const name = text.slice(pos, end);
    if (this.cutsLongerName(text, pos, name)) return undefined;
    return this.looksLikeName(text, name, pos, end, inByline) ? name : undefined;
  }

  /** Whether jieba knows a longer name or place starting here (艾哈迈德, not 艾哈). */
  private cutsLongerName(text: string, pos: number, name: string): boolean {
    const word = firstWordOf(text.slice(pos, pos + LONGEST_NAME_WORD));
    return word.length > name.length && LONG_NAME_TAGS.test(tagShort(word)[0]?.tag ?? '');
  }

  private startsAnchor(text: string, pos: number): boolean {
    return (
      this.anchors.longestAt(text, pos) !== undefined ||
      this.bylineRoles.longestAt(text, pos) !== undefined
    );
  }

  /** Whether the character at `pos` still belongs to the name (张立新说 vs 周明高兴). */
  private takesSecondGivenChar(text: string, pos: number): boolean {
    if (
      !isHanAt(text, pos) ||
      this.lexicon.nameFollowers.has(text[pos]) ||
      this.startsAnchor(text, pos)
    )
      return false;
    // A character before an aspect particle is a verb (某某作了报告), not a given name.
    if (ASPECT_PARTICLES.test(text[pos + 1] ?? '')) return false;
    // Dictionary words only (no HMM): a character that starts a word is no part of the name.
    return firstWordOf(text.slice(pos, pos + 5)).length === 1;
  }

  private looksLikeName(
    text: string,
    name: string,
    start: number,
    end: number,
    inByline: boolean,
  ): boolean {
    if (this.isBlocked(start, end)) return false;
    const surname = surnameOf(name, this.lexicon.surnames);
    const given = name.slice(surname.length);
    if (this.lexicon.honorifics.has(given)) return false;
    if (given.length === 1 && this.lexicon.nameFollowers.has(given)) return false;
    // In a byline the white space already delimits the name (a two-character name can also be a word).
    if (inByline) return true;
    const tagged = tagShort(name);
    if (tagged.length === 1 && NAME_TAGS.has(tagged[0].tag) && tagged[0].tag !== 'x') return true;
    // A dictionary word that is no name (金华/ns, 发展/v) is not read as one.
    if (tagged.length === 1 && !NAME_TAGS.has(tagged[0].tag)) return false;
    // An everyday character before a word is that character and the word (向全体代表).
    if (
      this.lexicon.ambiguousSurnames.has(surname) &&
      given.length === 2 &&
      firstWordOf(given) === given
    )
      return false;
    const next = text[end] ?? '。';
    // A name-ending word (说, 表示, 代表) or a colon confirms a name; a comma only a little.
    const confirmed =
      /^[\s:：]/.test(next) || this.lexicon.nameEndings.some((w) => text.startsWith(w, end));
    const givenTags = tagShort(given);
    if (!confirmed && givenTags.length === 1 && WORD_TAGS.test(givenTags[0].tag)) return false;
    const delimited = confirmed || /^[，,。、（(—]/.test(next);
    return delimited || !this.lexicon.ambiguousSurnames.has(surname);
  }

  /** Names right after a post or role word, and enumerations after them (党员A、B等). */
  afterAnchors(text: string): PersonMention[] {
    const found: PersonMention[] = [];
    for (let pos = 0; pos < text.length; pos++) {
      const word = this.anchors.longestAt(text, pos);
      if (!word) continue;
      const anchorEnd = pos + word.length;
      if (this.isBlocked(pos, anchorEnd)) {
        pos = anchorEnd - 1;
        continue;
      }
      const anchor = { start: pos, end: anchorEnd, word };
      // A title may end one line and the name start the next; 的 may link them (时任…书记的 X).
      let cursor = anchorEnd + (/^\s*/.exec(text.slice(anchorEnd, anchorEnd + 4))?.[0].length ?? 0);
      if (text[cursor] === '的' && this.lexicon.titles.includes(word)) cursor++;
      for (let name = this.readName(text, cursor); name; name = this.readName(text, cursor)) {
        found.push({ start: cursor, end: cursor + name.length, name, anchor });
        cursor += name.length;
        if (text[cursor] !== '、' && text[cursor] !== '和') break;
        cursor++;
      }
      pos = Math.max(pos, cursor - 1);
    }
    return found;
  }

  /** Names written before 代表, 同志 or 总书记 (赵某某代表——, 某某同志). */
  beforeSuffixes(text: string): PersonMention[] {
    return NAME_SUFFIXES.flatMap((suffix) => this.namesEndingAt(text, occurrences(text, suffix)));
  }

  /** Names followed by their post as an apposition: "某某，X市委书记，" or "某某（X集团总裁）". */
  beforeAppositions(text: string): PersonMention[] {
    const ends: number[] = [];
    for (const m of text.matchAll(/[，（(]([^，。；！？（）()]{2,30})(?=[，。）)])/g)) {
      const post = m[1].split('、');
      if (post.every((p) => this.endsWithTitle(p))) ends.push(m.index);
    }
    return this.namesEndingAt(text, ends);
  }

  private endsWithTitle(words: string): boolean {
    const titles = this.titlesByLast.get(words.charCodeAt(words.length - 1)) ?? [];
    return titles.some((t) => words.endsWith(t));
  }

  private namesEndingAt(text: string, ends: Iterable<number>): PersonMention[] {
    const found: PersonMention[] = [];
    for (const at of ends) {
      for (const len of [3, 2]) {
        const start = at - len;
        const name = start >= 0 ? this.readName(text, start) : undefined;
        if (name?.length !== len) continue;
        const tagged = tagShort(name);
        if (
          isHanAt(text, start - 1) &&
          !(tagged.length === 1 && NAME_TAGS.has(tagged[0].tag) && tagged[0].tag !== 'x')
        )
          continue;
        found.push({ start, end: at, name });
        break;
      }
    }
    return found;
  }

  /**
   * Bylines and credits: a role word followed by names separated by white space
   * or by colons or slashes (本报记者 甲 乙 通讯员 丙, 作者:甲 乙, 记者/丙, 拍友 丙 摄).
   */
  inBylines(text: string, lines: { start: number; end: number }[]): PersonMention[] {
    const found: PersonMention[] = [];
    for (const line of lines) {
      const content = text.slice(line.start, line.end);
      if (!this.lexicon.bylineRoles.some((r) => content.includes(r))) continue;
      let anchor: PersonMention['anchor'];
      for (const m of content.matchAll(/[^\s:：()（）、,，;；/／]+/g)) {
        const start = line.start + m.index;
        const role = this.lexicon.bylineRoles.find((r) => m[0] === r || m[0].startsWith(r));
        if (role) {
          anchor = { start, end: start + role.length, word: role };
          const rest = m[0].slice(role.length);
          if (rest && this.isWholeName(rest, start + role.length))
            found.push(this.mention(rest, start + role.length, anchor));
          continue;
        }
        if (anchor && this.isWholeName(m[0], start)) found.push(this.mention(m[0], start, anchor));
      }
    }
    return found;
  }

  private isWholeName(token: string, start: number): boolean {
    return (
      token.length >= 2 &&
      token.length <= 4 &&
      this.readName(token + '。', 0, true) === token &&
      !this.isBlocked(start, start + token.length)
    );
  }

  private mention(name: string, start: number, anchor: PersonMention['anchor']): PersonMention {
    return { start, end: start + name.length, name, anchor };
  }
}

/** The surname of a full name: a listed two-character one when the name has room for it. */
export function surnameOf(name: string, surnames: Set<string>): string {
  return name.length > 2 && surnames.has(name.slice(0, 2)) ? name.slice(0, 2) : name[0];
}

/** Names grouped by a part of theirs (surname, given name); a name without one is left out. */
export function namesBy(
  names: Iterable<string>,
  key: (name: string) => string | undefined,
): Map<string, string[]> {
  const groups = new Map<string, string[]>();
  for (const name of names) {
    const k = key(name);
    if (k !== undefined) groups.set(k, [...(groups.get(k) ?? []), name]);
  }
  return groups;
}

/** Every further occurrence of names already found (…张立新深有感触地说). */
export function repeatMentions(
  text: string,
  names: Set<string>,
  isBlocked: (s: number, e: number) => boolean,
): PersonMention[] {
  const found: PersonMention[] = [];
  for (const name of names) {
    for (const at of occurrences(text, name)) {
      if (!isBlocked(at, at + name.length)) found.push({ start: at, end: at + name.length, name });
    }
  }
  return found;
}

/** Honorifics that name no one in particular (李某, 张某某) or that come before the surname (老). */
const NOT_SHORT_FORMS = new Set(['某', '某某', '姓', '老']);

/**
 * Short forms that stand for a full name of the document (胡书记, 胡主任, 老胡 → 胡志刚),
 * where exactly one person found has that surname: the surname followed by a post
 * word or an honorific, or 老 before it. Each becomes a mention of the full name,
 * its surface an alias.
 */
export function shortFormMentions(
  text: string,
  names: Set<string>,
  lexicon: Pick<Lexicon, 'surnames' | 'titles' | 'honorifics' | 'nameFollowers'>,
  isTaken: (start: number, end: number) => boolean,
): PersonMention[] {
  const bySurname = namesBy(names, (name) => surnameOf(name, lexicon.surnames));
  const words = new WordIndex([
    ...lexicon.titles,
    ...[...lexicon.honorifics].filter((h) => !NOT_SHORT_FORMS.has(h)),
  ]);
  const found: PersonMention[] = [];
  for (const [surname, [name, ...others]] of bySurname) {
    if (others.length) continue;
    for (const at of occurrences(text, surname)) {
      const after = at + surname.length;
      const word = words.longestAt(text, after);
      const next = text[after];
      const elder =
        text[at - 1] === '老' && (!isHanAt(text, after) || lexicon.nameFollowers.has(next ?? ''));
      const [start, end] = word ? [at, after + word.length] : elder ? [at - 1, after] : [0, 0];
      if (end > start && !text.startsWith(name, at) && !isTaken(start, end))
        found.push({ start, end, name });
    }
  }
  return found;
}
