/**
 * Names that no post or role announces (…周立群说, 58岁的陈秀英, 张强、刘敏参加了).
 * Each candidate, a listed surname and one or two given characters, is weighed
 * by evidence: how name-like its characters are (statistics of jieba's `nr`
 * words, `data/names/name-stats.tsv`), what the text does around it (说/表示
 * after it, 、 and 和 between names, an age before it, 摄 after a credit), how
 * often the document repeats it, and whether the string is a plain word
 * (高兴, 江山). A candidate is kept when the evidence adds up.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { firstWordLengthAt, firstWordOf, tagShort, type TaggedToken } from './segment';
import { PairIndex } from './text-index';
import { WordIndex } from './word-index';
import { announcedForeignSpans } from './foreign-spans';
import { ASPECT_PARTICLES } from './persons';
import { isHanAt } from './han';

const STATS_FILE = path.resolve(__dirname, '../../../data/names/name-stats.tsv');

export interface NameStats {
  /** Log-odds that a word starting with the surname is a name. */
  surnames: Map<string, number>;
  /** Log-ratio of a character's share in given names to its share in running text. */
  givenChars: Map<string, number>;
  /** Frequent dictionary words tagged nr that are everyday words (楼宇, 苗木). */
  everydayWords: Set<string>;
  /** Log-ratio of a character's share in transliterated names to its share in running text. */
  foreignChars: Map<string, number>;
}

export function loadNameStats(file = STATS_FILE): NameStats {
  const stats: NameStats = {
    surnames: new Map(),
    givenChars: new Map(),
    everydayWords: new Set(),
    foreignChars: new Map(),
  };
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const [kind, key, weight] = line.split('\t');
    if (kind === 'S') stats.surnames.set(key, Number(weight));
    else if (kind === 'G') stats.givenChars.set(key, Number(weight));
    else if (kind === 'W') stats.everydayWords.add(key);
    else if (kind === 'T') stats.foreignChars.set(key, Number(weight));
  }
  return stats;
}

/** What the recognizer needs from the lexicons besides the statistics. */
export interface FreeNameCues {
  /** Words that end a name and confirm it (说, 表示, 介绍, 同志, 摄). */
  nameEndings: string[];
  /** Single characters that cannot be part of a name after it (说, 在, 和). */
  nameFollowers: Set<string>;
  /** Surnames that are everyday characters (和, 都, 高). */
  ambiguousSurnames: Set<string>;
  honorifics: Set<string>;
  /** Characters that end place and organ words, never a given name (村, 镇, 局). */
  notNameEnds: Set<string>;
  /** Posts, roles and byline roles: written right before a name, they announce it. */
  announcers: string[];
  /** Posts and roles that may also follow a name (某某总统, 某某教授). */
  postsAfter: string[];
  /** Words standing before a place, rarely before a person (在, 到, 从, 抵达). */
  placePrepositions: string[];
  /** Words after which, or before which, a string is a place, never a person (首都某某, 某某机场). */
  placeBefore: string[];
  placeAfter: string[];
  /** Verbs of something held or signed somewhere (在某某举行). */
  placeEvents: string[];
  /** Whether the string is a place's name without its suffix (金华, 黄岩). */
  isPlaceBase: (name: string) => boolean;
}

/** A given character never seen in a name weighs like a rare one. */
const UNSEEN_GIVEN = -1;
/** A second given character rarer in names than this is read as the next word. */
const SECOND_CHAR_FLOOR = -1.5;
/** The evidence a candidate needs in all. */
const THRESHOLD = 2.5;
/** Tags of dictionary words that are names. */
const NAME_TAGS = new Set(['nr', 'nrfg', 'nrt']);
/** Tags of jieba's words for places and organizations. */
const PLACE_TAGS = new Set(['ns', 'nt']);
/** Tags of a two-character word that may be a name in a run of names (jieba cuts unknown ones as x). */
const RUN_NAME_TAGS = new Set(['nr', 'nrfg', 'x']);
/** Tags of words a name read from its surname must not cut into. */
const LONG_WORD_TAGS = /^(nr|nrfg|nrt|ns|nt)$/;
/** The longest name word taken whole from jieba (阿卜杜勒阿齐兹 is seven). */
const MAX_NAME_WORD = 8;
const MIDDLE_DOTS = /[·•・‧]/;
const isMiddleDot = (word: string | undefined) =>
  word !== undefined && word.length === 1 && isMiddleDotCode(word.charCodeAt(0));
/** The code units of `MIDDLE_DOTS`, compared without a string search. */
const isMiddleDotCode = (code: number) =>
  code === 0xb7 || code === 0x2022 || code === 0x30fb || code === 0x2027;
/** Tags of tokens a transliteration may grow over (jieba cuts unknown ones as x). */
const FOREIGN_PART_TAGS = /^(nr|nrt|nrfg|x)$/;
/** Tags of single characters that never end a transliteration (和/c, 于/p, 的/uj, 死/v). */
const FUNCTION_TAGS = /^(c|p|u\w*|d|r|m|q|f|t|v|y|e|o)$/;
/** A character never seen in a transliteration, and the mean weight a transliteration needs. */
const UNSEEN_FOREIGN = -3;
const FOREIGN_FLOOR = 1.5;
/** Evidence that jieba's dictionary lists the whole string as a name of three or more. */
const DICTIONARY_NAME = 1;
/** Evidence that jieba's dictionary names a word after the person (某某某理论, 某某某思想). */
const EPONYM = 1;
/** The least a name jieba's dictionary lists whole weighs by its characters. */
const KNOWN_NAME_FLOOR = 0;
/** 边笑边, 越来越: a character repeated around another is a frame of speech, not a Chinese name, even where jieba tags it nr. */
const isFrame = (name: string) => name.length === 3 && name[0] === name[2];
/** What a frequent word that jieba tags as a name costs, and the right-hand cue it needs (说, 总理, 先生). */
const EVERYDAY_WORD = 1.5;
const STRONG_RIGHT_CUE = 2;
/** The least evidence of an item of a list of names to be one. */
const LIST_ITEM_FLOOR = 0;
/** What a surname that is an everyday character costs when a word follows it (和学生). */
const AMBIGUOUS_BEFORE_WORD = 3;
/** Evidence of a name among names written one after the other, besides its characters. */
const IN_RUN = 3;
const MIN_RUN = 3;
/** What repetitions of a name add to its evidence at most. */
const MAX_REPEATS = 3;
/** Below this, a reading is no name and gives way to one starting inside it. */
const WEAK_READING = -1;
/** Priors of transliterated names: dotted, of three or more characters, of two. */
const DOTTED_PRIOR = 2.5;
const FOREIGN_PRIOR = 0.5;
const SHORT_FOREIGN_PRIOR = -1;

/** A dateline's place: 新华社某地 or 本报某地, then the date and 电. */
const DATELINE_BEFORE = /(新华社|本报|电)$/;
const DATELINE_AFTER =
  /^[0-9０-９一二三四五六七八九十〇○]+月[0-9０-９一二三四五六七八九十〇○]+日电/;

/** The number of an item in a list (①, （２）): a ballot or ranking of names. */
const LIST_NUMBER = '(?:[①-⑳]|[（(][0-9０-９一二三四五六七八九十]{1,2}[）)])';
const AFTER_LIST_NUMBER = new RegExp(`${LIST_NUMBER}$`);
/** What may stand between two names of a list or pair. */
const BETWEEN_NAMES = new RegExp(`^(?:[、和与及]|${LIST_NUMBER})?$`);
const SEPARATOR_AFTER = new RegExp(`^(?:[、和与及]|${LIST_NUMBER})`);
const SEPARATOR_BEFORE = new RegExp(`(?:[、和与及]|${LIST_NUMBER})$`);
/** What bounds an item of a list: punctuation, a conjunction, a list number, a line's end. */
const ITEM_EDGE = /[、，,。；;：:和与及\s①-⑳（()）]/;
/** What a name costs whose neighbour in a list is a place jieba knows (某某、某某斯坦). */
const PLACE_NEIGHBOUR = 3;

/** What may follow a name, with the weight of its evidence. */
const RIGHT_PUNCTUATION: Array<[RegExp, number]> = [
  [/^[:：]/, 1.5],
  [/^[（(①-⑳]/, 1],
  [/^、/, 0.5],
  [/^[，,。；！？]/, 0.5],
  [/^\s/, 0.5],
];
/** What may precede a name: a list or pair, an age, the start of a line. */
const LEFT_CUES: Array<[RegExp, number]> = [
  [/岁的$/, 2],
  [AFTER_LIST_NUMBER, 1],
  [/[、和与及]$/, 0.5],
  [/(^|\n)\s*$/, 0.5],
  [/[，。：:”」]$/, 0.5],
];

/** 2 where a character of two code units (outside the BMP) starts at `at`, else 1: a step of `for…of`. */
function charLengthAt(word: string, at: number): number {
  const code = word.charCodeAt(at);
  if (code < 0xd800 || code > 0xdbff) return 1;
  const next = word.charCodeAt(at + 1);
  return next >= 0xdc00 && next <= 0xdfff ? 2 : 1;
}

/**
 * The weight of the character at `at`, as `weights.get(ch) ?? unseen` for the character
 * `for…of` reads there: a single code unit's from `byCode` (NaN where it has none),
 * without building a string.
 */
function weightOfCharAt(
  word: string,
  at: number,
  byCode: Float64Array,
  weights: ReadonlyMap<string, number>,
  unseen: number,
): number {
  if (charLengthAt(word, at) === 2) return weights.get(word.slice(at, at + 2)) ?? unseen;
  const weight = byCode[word.charCodeAt(at)];
  return Number.isNaN(weight) ? unseen : weight;
}

/** A transliterated name's span, read by its characters. */
export interface ForeignSpan {
  start: number;
  end: number;
}

export interface FreeName {
  start: number;
  end: number;
  name: string;
  score: number;
}

/** How a candidate was found: from a surname, or as one of jieba's name words. */
interface Candidate extends FreeName {
  kind: 'surname' | NameWord['kind'];
  inRun?: boolean;
  eponym?: boolean;
}

/** jieba's place words: the end of the one starting at an offset, the start of the one ending there. */
interface PlaceEdges {
  endOf: Int32Array;
  startOf: Int32Array;
}

interface NameWord {
  end: number;
  /** Whether another name word touches it (a list whose spaces were lost). */
  inRun?: boolean;
  /** Whether jieba knows it only at the head of a word named after it (某某某理论). */
  eponym?: boolean;
  /** A surname and given name jieba knows; a transliterated name; one joined by a dot. */
  kind: 'dictionary' | 'foreign' | 'dotted';
}

/** For each proper prefix of the names, the first name (in order) that it begins. */
function firstLongerNames(names: Iterable<string>): Map<string, string> {
  const longer = new Map<string, string>();
  for (const name of names)
    for (let length = 1; length < name.length; length++) {
      const prefix = name.slice(0, length);
      if (!longer.has(prefix)) longer.set(prefix, name);
    }
  return longer;
}

export class FreeNameFinder {
  /** By the last character's code: asked before every candidate, without a string per ask. */
  private readonly announcersByLast = new Map<number, string[]>();
  /** The cue lists asked at every candidate, indexed by first character. */
  private readonly announcersAt: WordIndex;
  private readonly endingsAt: WordIndex;
  private readonly postsAfterAt: WordIndex;
  /** `stats.foreignChars` by character code (NaN: never seen), asked at every offset of a text. */
  private readonly foreignWeights = new Float64Array(0x10000).fill(NaN);
  /** Characters a listed surname begins with, asked first at every character of a text. */
  private readonly surnameStarts = new Uint8Array(0x10000);
  /** By character code, the surnames of one character and the first characters of longer ones. */
  private readonly oneCharSurnames = new Uint8Array(0x10000);
  private readonly longSurnameStarts = new Uint8Array(0x10000);
  /**
   * By character code, what `endOf` asks of every candidate's second given character
   * without making a string of it: `stats.givenChars` (UNSEEN_GIVEN where absent),
   * and whether it is one of `cues.nameFollowers` or `cues.notNameEnds`.
   */
  private readonly givenWeights = new Float64Array(0x10000).fill(UNSEEN_GIVEN);
  private readonly endsNoName = new Uint8Array(0x10000);

  constructor(
    private readonly stats: NameStats,
    private readonly cues: FreeNameCues,
    private readonly threshold = THRESHOLD,
  ) {
    for (const w of cues.announcers) {
      const last = w.charCodeAt(w.length - 1);
      this.announcersByLast.set(last, [...(this.announcersByLast.get(last) ?? []), w]);
    }
    for (const surname of stats.surnames.keys()) {
      const first = surname.charCodeAt(0);
      this.surnameStarts[first] = 1;
      if (surname.length === 1) this.oneCharSurnames[first] = 1;
      else this.longSurnameStarts[first] = 1;
    }
    for (const [ch, weight] of stats.givenChars)
      if (ch.length === 1) this.givenWeights[ch.charCodeAt(0)] = weight;
    for (const ch of [...cues.nameFollowers, ...cues.notNameEnds])
      if (ch.length === 1) this.endsNoName[ch.charCodeAt(0)] = 1;
    this.announcersAt = new WordIndex(cues.announcers);
    this.endingsAt = new WordIndex(cues.nameEndings);
    this.postsAfterAt = new WordIndex(cues.postsAfter);
    for (const [ch, weight] of stats.foreignChars)
      if (ch.length === 1) this.foreignWeights[ch.charCodeAt(0)] = weight;
  }

  /** The listed surname at `pos`, a two-character one first. */
  private surnameAt(text: string, pos: number): string | undefined {
    const first = text.charCodeAt(pos);
    if (!this.surnameStarts[first]) return undefined;
    if (this.longSurnameStarts[first]) {
      const two = text.slice(pos, pos + 2);
      if (this.stats.surnames.has(two)) return two;
    }
    return this.oneCharSurnames[first] ? text[pos] : undefined;
  }

  /** The surname of a candidate: a listed two-character one when the name has room for it. */
  private surnameOf(name: string): string {
    const two = name.slice(0, 2);
    return name.length > 2 && this.stats.surnames.has(two) ? two : name[0];
  }

  /** How name-like the characters are, surname included. */
  private charScore(name: string, surname: string): number {
    let score = this.stats.surnames.get(surname) ?? -2;
    for (let at = surname.length; at < name.length; at += charLengthAt(name, at))
      score += weightOfCharAt(name, at, this.givenWeights, this.stats.givenChars, UNSEEN_GIVEN);
    return score;
  }

  private rightScore(text: string, end: number): number {
    if (this.endingsAt.startsAt(text, end)) return 2.5;
    if (this.postsAfterAt.startsAt(text, end)) return 2;
    if (this.closesSignature(text, end)) return 2;
    const rest = text.slice(end, end + 2);
    if (this.cues.honorifics.has(rest) && (rest === '先生' || rest === '女士')) return 2;
    const punctuation = RIGHT_PUNCTUATION.find(([re]) => re.test(rest))?.[1];
    if (punctuation !== undefined) return punctuation;
    // A verb of two or more characters: the name is its subject (…参加了, …带领村民).
    const length = firstWordLengthAt(text, end);
    return length > 1 && /^v/.test(tagShort(text.slice(end, end + length))[0]?.tag ?? '') ? 1 : 0;
  }

  /**
   * Whether a bracket that makes up the whole line closes right here: a writer's
   * signature after an article (（某省某县 某某）).
   */
  private closesSignature(text: string, end: number): boolean {
    if (!/^[）)][ \t]*(\n|$)/.test(text.slice(end, end + 3))) return false;
    const lineStart = text.lastIndexOf('\n', end - 1) + 1;
    return /^\s*[（(][^（()）\n]*$/.test(text.slice(lineStart, end));
  }

  private leftScore(text: string, start: number): number {
    const before = text.slice(Math.max(0, start - 4), start);
    return LEFT_CUES.find(([re]) => re.test(before))?.[1] ?? 0;
  }

  /**
   * Whether the characters around the candidate bind to it as a word would: the
   * character before and the surname, or the last given character and the next.
   */
  private crossesWord(text: string, start: number, end: number, breaks?: Uint8Array): boolean {
    if (isHanAt(text, start - 1) && !breaks?.[start] && firstWordLengthAt(text, start - 1) > 1)
      return true;
    return isHanAt(text, end) && !breaks?.[end] && this.bindsForward(text, end - 1);
  }

  /**
   * Whether the character at `at` starts a word with the next one that the text
   * goes on with (钱峰宣读: 宣读), and not one that yields to a longer word after
   * it (孙卫国乐呵呵: 国乐 yields to 乐呵呵).
   */
  private bindsForward(text: string, at: number): boolean {
    const length = firstWordLengthAt(text, at);
    return length > 1 && firstWordLengthAt(text, at + 1) < length;
  }

  /** Whether text[start, end) is one dictionary word (jieba's first word of it is all of it). */
  private isWholeWord(text: string, start: number, end: number): boolean {
    if (end - start <= 4) return firstWordLengthAt(text, start, end - start) === end - start;
    const string = text.slice(start, end);
    return firstWordOf(string) === string;
  }

  /** Whether text[start, end) is a dictionary word of its own that is not a name (高兴, 江山). */
  private isPlainWord(text: string, start: number, end: number): boolean {
    // Only a dictionary word counts; jieba tags a string it made up itself `x`.
    if (!this.isWholeWord(text, start, end)) return false;
    return !NAME_TAGS.has(tagShort(text.slice(start, end))[0]?.tag ?? '');
  }

  /**
   * Whether the text right around the name says it is one: a post or 先生 after it
   * (某某总理), a verb of speech (某某说), or a post or role before it.
   */
  private namedByContext(text: string, start: number, end: number): boolean {
    return this.rightScore(text, end) >= STRONG_RIGHT_CUE || this.announced(text, start);
  }

  /**
   * Whether jieba lists the string as a name of three or more characters whose
   * given characters are no word of their own (高水平 is 水平 after 高).
   */
  private isDictionaryName(text: string, c: FreeName): boolean {
    const given = c.start + this.surnameOf(c.name).length;
    return c.name.length >= 3 && c.end - given === 2 && !this.isWholeWord(text, given, c.end);
  }

  /** Whether the two given characters text[at, end) make a word no given name is (于海军, 和清廉). */
  private givenIsWord(text: string, at: number, end: number): boolean {
    if (end - at !== 2 || !this.isWholeWord(text, at, end)) return false;
    // Numerals are not among them: rural names often have one (郑四根).
    return /^(v|vn|d|p|c|u|r|q|f|t|a)/.test(tagShort(text.slice(at, end))[0]?.tag ?? '');
  }

  private evidence(
    text: string,
    start: number,
    surname: string,
    end: number,
    breaks?: Uint8Array,
    inRun = false,
    known = false,
  ): number {
    const name = text.slice(start, end);
    const given = name.slice(surname.length);
    if (this.cues.honorifics.has(given) || isFrame(name)) return -Infinity;
    if (given.length === 1 && this.cues.nameFollowers.has(given)) return -Infinity;
    // Next to other names jieba knows, a name is no plain word and binds to no neighbour.
    if (inRun) return this.charScore(name, surname) + IN_RUN;
    if (this.isPlainWord(text, start, end)) return -Infinity;
    // jieba tags as names frequent words that are mostly everyday ones (苗木, 高潮) and
    // famous names alike: only what stands around such a word makes it a name.
    const everyday = this.stats.everydayWords.has(name);
    if (everyday && !this.namedByContext(text, start, end)) return -Infinity;
    // A whole name in jieba's dictionary is no chance string: rare given characters (万年) weigh less.
    const chars = this.charScore(name, surname);
    let score = known ? Math.max(KNOWN_NAME_FLOOR, chars) : chars;
    score += this.rightScore(text, end) + this.leftScore(text, start);
    if (breaks?.[end] || breaks?.[start]) score += 1;
    if (this.announced(text, start)) score += 2;
    if (this.crossesWord(text, start, end, breaks)) score -= 2;
    if (this.givenIsWord(text, start + surname.length, end)) score -= 4;
    // 金灿灿的, 绿油油地: a doubled character before 的 makes an adjective.
    if (given.length === 2 && given[0] === given[1] && /[的地]/.test(text[end] ?? '')) score -= 3;
    if (this.cues.ambiguousSurnames.has(surname)) {
      score -= 2;
      // 和学生, 向全体: an everyday character before a word is that character and the word.
      if (given.length === 2 && this.isWholeWord(text, start + surname.length, end))
        score -= AMBIGUOUS_BEFORE_WORD;
    }
    if (everyday) score -= EVERYDAY_WORD;
    if (this.cues.isPlaceBase(name)) score -= 3;
    if (this.afterPlacePreposition(text, start)) score -= 1.5;
    // A quoted string is a term or a nickname (“田保姆”), not a name.
    if (/[“「‘"]/.test(text[start - 1] ?? '') && /[”」’"]/.test(text[end] ?? '')) score -= 3;
    return score;
  }

  /**
   * A transliterated name has no surname to weigh: its prior is its form (dotted
   * names are rarely anything else), and the rest is what stands around it.
   */
  private foreignEvidence(text: string, c: Candidate, breaks?: Uint8Array): number {
    let score =
      c.kind === 'dotted' ? DOTTED_PRIOR : c.name.length >= 3 ? FOREIGN_PRIOR : SHORT_FOREIGN_PRIOR;
    score += this.rightScore(text, c.end) + this.leftScore(text, c.start);
    if (breaks?.[c.end] || breaks?.[c.start]) score += 1;
    if (this.announced(text, c.start)) score += 2;
    if (this.afterPlacePreposition(text, c.start)) score -= 2;
    if (/[“「‘"]/.test(text[c.start - 1] ?? '') && /[”」’"]/.test(text[c.end] ?? '')) score -= 3;
    return score;
  }

  /**
   * Items of a list joined by 、 (甲、乙、丙), one of them a name or three at least,
   * and none clearly no name: all are names, a word jieba tags nr yet uses often (a
   * famous name among others) included.
   */
  private settleLists(text: string, scored: Candidate[]): void {
    const opens = (at: number) =>
      !isHanAt(text, at - 1) || ITEM_EDGE.test(text[at - 1]) || this.announced(text, at);
    // The last item ends where a word starts (…某某先后发言), not inside one.
    const closes = (at: number) =>
      !isHanAt(text, at) ||
      ITEM_EDGE.test(text[at]) ||
      this.cues.nameFollowers.has(text[at]) ||
      (!this.bindsForward(text, at - 1) && firstWordLengthAt(text, at) > 1);
    for (let i = 0; i < scored.length;) {
      let j = i;
      while (j + 1 < scored.length && text.slice(scored[j].end, scored[j + 1].start) === '、') j++;
      const items = scored.slice(i, j + 1);
      const plausible = (c: Candidate) =>
        c.score >= LIST_ITEM_FLOOR || this.stats.everydayWords.has(c.name);
      if (
        (items.length >= MIN_RUN || items.some((c) => c.score >= this.threshold)) &&
        items.length >= 2 &&
        items.every(plausible) &&
        opens(items[0].start) &&
        closes(items[items.length - 1].end)
      )
        for (const c of items) c.score = Math.max(c.score, this.threshold);
      i = j + 1;
    }
  }

  /** Whether the item next to the candidate in a list is a place jieba knows (①某国②某某斯坦). */
  private listedWithPlace(text: string, c: FreeName, places: PlaceEdges): boolean {
    const after = SEPARATOR_AFTER.exec(text.slice(c.end, c.end + 5))?.[0];
    const before = SEPARATOR_BEFORE.exec(text.slice(Math.max(0, c.start - 5), c.start))?.[0];
    // The place must be the whole item, not the start of one (某某、美国驻华大使某某).
    const itemEnds = (at: number) => at >= text.length || ITEM_EDGE.test(text[at]);
    if (after !== undefined) {
      const end = places.endOf[c.end + after.length];
      if (end && itemEnds(end)) return true;
    }
    if (before !== undefined) {
      const start = places.startOf[c.start - before.length];
      if (start !== undefined && start >= 0 && (start === 0 || ITEM_EDGE.test(text[start - 1])))
        return true;
    }
    return false;
  }

  private afterPlacePreposition(text: string, start: number): boolean {
    return this.cues.placePrepositions.some((w) => text.endsWith(w, start));
  }

  /**
   * Whether the occurrence at `start` stands where only a place can (首都某某,
   * 某某机场, a dateline); jieba's dictionary tags many foreign cities as names.
   */
  private standsAsPlace(text: string, start: number, end: number): boolean {
    const before = text.slice(Math.max(0, start - 5), start);
    const after = text.slice(end, end + 10);
    return (
      this.cues.placeBefore.some((w) => before.endsWith(w)) ||
      this.cues.placeAfter.some((w) => after.startsWith(w)) ||
      (/[在从]$/.test(before) && this.cues.placeEvents.some((w) => after.startsWith(w))) ||
      (DATELINE_BEFORE.test(before) && DATELINE_AFTER.test(after))
    );
  }

  /** Whether a word of the announcers ends right before `start` (村民, 记者, 书记). */
  private announced(text: string, start: number): boolean {
    // A slash or colon may stand between role and name (本刊记者/某某).
    const at = /[/／:：]/.test(text[start - 1]) ? start - 1 : start;
    return (this.announcersByLast.get(text.charCodeAt(at - 1)) ?? []).some((w) =>
      text.endsWith(w, at),
    );
  }

  /**
   * Where the name starting at `start` ends: after two given characters unless the
   * second one starts the next word, cannot be in a name, or a break lies before it.
   */
  private endOf(text: string, start: number, surname: string, breaks?: Uint8Array): number {
    const given = start + surname.length;
    const second = given + 1;
    const code = text.charCodeAt(second);
    if (
      !isHanAt(text, second) ||
      breaks?.[second] ||
      ASPECT_PARTICLES.test(text[second + 1] ?? '') ||
      this.endsNoName[code] ||
      this.givenWeights[code] < SECOND_CHAR_FLOOR ||
      this.bindsForward(text, second) ||
      this.announcersAt.startsAt(text, second)
    )
      return second;
    return second + 1;
  }

  /**
   * jieba's own name words, by start: a surname and given name it knows (nr), or a
   * transliterated name (nrt, or nr led by no listed surname), with its neighbours
   * of the same kind and the parts a middle dot joins (某某·某某).
   */
  private nameWords(tokens: readonly TaggedToken[]): Map<number, NameWord> {
    const words = new Map<number, NameWord>();
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i];
      const beforeDot = isMiddleDot(tokens[i + 1]?.word) && this.soundsForeign(t.word);
      if (!this.isNameToken(t) && !beforeDot) continue;
      // A word led by a surname may still be the first part of a transliteration (斯洛博 of 斯洛博丹).
      const grown = this.growForeign(tokens, i);
      const foreign =
        beforeDot ||
        t.tag === 'nrt' ||
        !this.surnameLed(t.word) ||
        tokens.slice(grown[0], grown[1] + 1).some((w) => w.tag === 'nrt' || isMiddleDot(w.word));
      const [first, last] = foreign ? grown : [i, i];
      const [start, end] = [tokens[first].start, tokens[last].end];
      const word = tokens
        .slice(first, last + 1)
        .map((w) => w.word)
        .join('');
      const parts = word.split(MIDDLE_DOTS);
      const kind =
        parts.length > 1
          ? parts[0].length >= 2 && parts[parts.length - 1].length >= 2
            ? 'dotted'
            : undefined
          : this.kindOf(word, foreign ? 'nrt' : t.tag);
      if (kind && !words.has(start)) words.set(start, { end, kind });
      const lead = kind || foreign ? undefined : this.leadingName(t.word);
      if (lead) words.set(start, { end: start + lead.length, kind: 'dictionary', eponym: true });
      i = Math.max(i, last);
    }
    this.addNamesInRuns(tokens, words);
    return words;
  }

  /**
   * Names written one after the other with nothing between (a list whose spaces
   * were lost): a two-character word led by a surname next to a name is one too
   * (甲乙 of 甲乙丙丁戊, where jieba knows 丙丁戊).
   */
  private addNamesInRuns(tokens: readonly TaggedToken[], words: Map<number, NameWord>): void {
    const isRunName = (t: TaggedToken) =>
      t.word.length === 2 && RUN_NAME_TAGS.has(t.tag) && this.surnameLed(t.word);
    const touchesName = (i: number) =>
      [tokens[i - 1], tokens[i + 1]].some(
        (n) =>
          n &&
          (n.end === tokens[i].start || n.start === tokens[i].end) &&
          words.get(n.start)?.end === n.end,
      );
    for (const order of [-1, 1]) {
      for (let k = 0; k < tokens.length; k++) {
        const i = order < 0 ? tokens.length - 1 - k : k;
        if (isRunName(tokens[i]) && !words.has(tokens[i].start) && touchesName(i))
          words.set(tokens[i].start, { end: tokens[i].end, kind: 'dictionary' });
      }
    }
    // Three names at least make a list (two may be words: 幸福感安全感).
    const runs = [...words].filter(([, w]) => w.kind === 'dictionary').sort((a, b) => a[0] - b[0]);
    for (let i = 0; i < runs.length;) {
      let j = i;
      while (j + 1 < runs.length && runs[j + 1][0] === runs[j][1].end) j++;
      if (j - i + 1 >= MIN_RUN) for (let k = i; k <= j; k++) runs[k][1].inRun = true;
      i = j + 1;
    }
  }

  private surnameLed(word: string): boolean {
    // As `surnames.has(word[0]) || surnames.has(word.slice(0, 2))`, read from the tables of codes.
    const first = word.charCodeAt(0);
    if (!this.surnameStarts[first]) return false;
    return (
      this.oneCharSurnames[first] === 1 ||
      (this.longSurnameStarts[first] === 1 && this.stats.surnames.has(word.slice(0, 2)))
    );
  }

  /**
   * The tokens around the transliteration at `seed` that belong to it: neighbours
   * that sound foreign (施图岑 before 贝格) and the parts a middle dot joins
   * (某某·某某), never a Chinese name jieba knows.
   */
  private growForeign(tokens: readonly TaggedToken[], seed: number): [number, number] {
    let [first, last] = [seed, seed];
    const joined = (from: number, to: number) =>
      tokens
        .slice(from, to + 1)
        .map((t) => t.word)
        .join('');
    // A part may be any word next to a dot (哈马 of 某某·哈马罗什), else a name or unknown word.
    const fits = (i: number, from: number, to: number) => {
      const t = tokens[i];
      if (t === undefined || !(t.end === tokens[i + 1]?.start || t.start === tokens[i - 1]?.end))
        return false;
      if (isMiddleDot(t.word)) return true;
      const nextToDot = [tokens[i - 1], tokens[i + 1]].some((n) => isMiddleDot(n?.word));
      return (
        isHanAt(t.word, 0) &&
        (nextToDot || FOREIGN_PART_TAGS.test(t.tag) || (i > seed && this.endsForeign(t))) &&
        !(t.tag === 'nr' && t.word.length >= 3 && this.surnameLed(t.word) && !nextToDot) &&
        this.soundsForeign(joined(from, to).replace(MIDDLE_DOTS, ''))
      );
    };
    while (first > 0 && fits(first - 1, first - 1, last)) first--;
    while (last + 1 < tokens.length && fits(last + 1, first, last + 1)) last++;
    while (first < last && isMiddleDot(tokens[first].word)) first++;
    while (last > first && isMiddleDot(tokens[last].word)) last--;
    return [first, last];
  }

  /** The name jieba knows at the head of a longer word of its own (某某某理论, 某某某思想). */
  private leadingName(word: string): string | undefined {
    const surname = [word.slice(0, 2), word[0]].find((s) => this.stats.surnames.has(s));
    if (!surname || word.length <= surname.length + 2) return undefined;
    const [head, rest] = [word.slice(0, surname.length + 2), word.slice(surname.length + 2)];
    const tagged = tagShort(head);
    // The rest must be a word of its own (理论, 思想), not a tail (东张西望 is no 东张西 + 望).
    return rest.length >= 2 &&
      firstWordOf(rest) === rest &&
      firstWordOf(head) === head &&
      tagged.length === 1 &&
      NAME_TAGS.has(tagged[0].tag)
      ? head
      : undefined;
  }

  /** A single character that may end a transliteration: no function word after it (和, 等, 是). */
  private endsForeign(t: TaggedToken): boolean {
    return (
      t.word.length === 1 && !FUNCTION_TAGS.test(t.tag) && !this.cues.nameFollowers.has(t.word)
    );
  }

  private isNameToken(t: TaggedToken): boolean {
    return (
      NAME_TAGS.has(t.tag) &&
      t.word.length >= 2 &&
      t.word.length <= MAX_NAME_WORD &&
      !this.stats.everydayWords.has(t.word)
    );
  }

  /**
   * A surname and one or two given characters is a Chinese name; a transliteration
   * sounds foreign (not 二十大); a longer word led by a surname is neither (建立健全).
   */
  private kindOf(word: string, tag: string): NameWord['kind'] | undefined {
    const surname = [word.slice(0, 2), word[0]].find((s) => this.stats.surnames.has(s));
    // Two characters are too few to trust jieba's cut (邹家 of 邹家明): the surname reading decides.
    if (surname && tag !== 'nrt')
      return word.length >= 3 && word.length - surname.length <= 2 ? 'dictionary' : undefined;
    return this.soundsForeign(word) ? 'foreign' : undefined;
  }

  /** Whether the characters are on average those of transliterations (斯, 尔, 克), not of words (从严治党). */
  private soundsForeign(word: string): boolean {
    let sum = 0;
    let chars = 0;
    for (let at = 0; at < word.length; at += charLengthAt(word, at), chars++)
      sum += weightOfCharAt(word, at, this.foreignWeights, this.stats.foreignChars, UNSEEN_FOREIGN);
    return sum / chars >= FOREIGN_FLOOR;
  }

  /**
   * Transliterations right after a post, read by their characters, replace jieba's
   * pieces of them (国防部/长某某 loses the 长 that ends the post).
   */
  private addAnnouncedForeign(
    words: Map<number, NameWord>,
    tokens: readonly TaggedToken[],
    spans: readonly ForeignSpan[],
  ): void {
    // Most texts have none: the place words are then not gathered.
    if (spans.length === 0) return;
    // A place or organization jieba knows is no transliterated name (①某某斯坦②…).
    const placeStarts = new Set(tokens.filter((t) => PLACE_TAGS.has(t.tag)).map((t) => t.start));
    for (const span of spans) {
      if (placeStarts.has(span.start)) continue;
      for (const [at, w] of words) if (at < span.start && w.end > span.start) words.delete(at);
      const known = words.get(span.start);
      if (!known || known.end < span.end) words.set(span.start, { end: span.end, kind: 'foreign' });
    }
  }

  /** Transliterations right after a post, read by their characters (副部长某某某某). */
  announcedForeign(text: string): ForeignSpan[] {
    return announcedForeignSpans(text, {
      weightAt: (t, at) => {
        const weight = this.foreignWeights[t.charCodeAt(at)];
        return weight === undefined || Number.isNaN(weight) ? undefined : weight;
      },
      announced: (t, start) =>
        this.announced(t, start) || AFTER_LIST_NUMBER.test(t.slice(Math.max(0, start - 4), start)),
      // A middle dot goes on with the name (某某·某某): jieba's words read it whole.
      mayEnd: (t, end) =>
        (!isHanAt(t, end) && !isMiddleDotCode(t.charCodeAt(end))) ||
        this.cues.nameFollowers.has(t[end]) ||
        this.endingsAt.startsAt(t, end) ||
        this.postsAfterAt.startsAt(t, end),
    });
  }

  /**
   * Every candidate name of `text` whose evidence passes. `isTaken` says where
   * other mentions (places, names already found) lie; `breaks` marks offsets
   * where the original had white space between two characters (吴丽华 吴涛);
   * `tokens` are jieba's words of the text, for the names it knows; `foreign` its
   * `announcedForeign` spans, when the caller has them already.
   */
  find(
    text: string,
    isTaken: (start: number, end: number) => boolean,
    breaks?: Uint8Array,
    tokens: readonly TaggedToken[] = [],
    foreign: readonly ForeignSpan[] = this.announcedForeign(text),
  ): FreeName[] {
    const candidates: Candidate[] = [];
    const index = new PairIndex(text);
    // Repeats count where the string can end a name (not 楼栋 of 楼栋长); counted only
    // for the names whose score may pass, which most candidates' never does.
    const counts = new Map<string, number>();
    const countOf = (name: string): number => {
      let count = counts.get(name);
      if (count === undefined) {
        count = index
          .occurrences(name)
          .filter((at) => !this.cues.notNameEnds.has(text[at + name.length])).length;
        counts.set(name, count);
      }
      return count;
    };
    const words = this.nameWords(tokens);
    this.addAnnouncedForeign(words, tokens, foreign);
    // Most offsets start no name word: one read of a table tells, not a lookup in the map.
    const wordAt = new Uint8Array(text.length + 1);
    for (const at of words.keys()) wordAt[at] = 1;
    // A name read through a long name or place word would cut it (马丁内斯 → 马丁内).
    const insideWord = new Uint8Array(text.length + 1);
    for (const t of tokens)
      if (t.end - t.start >= 3 && LONG_WORD_TAGS.test(t.tag))
        insideWord.fill(1, t.start + 1, t.end);
    for (let pos = 0; pos < text.length; pos++) {
      const word = wordAt[pos] === 1 ? words.get(pos) : undefined;
      let end: number;
      let kind: Candidate['kind'] = 'surname';
      if (word) {
        ({ end, kind } = word);
      } else {
        const surname = this.surnameAt(text, pos);
        if (!surname || !isHanAt(text, pos + surname.length) || breaks?.[pos + surname.length])
          continue;
        end = this.endOf(text, pos, surname, breaks);
        if (insideWord[pos] || insideWord[end]) continue;
      }
      const name = text.slice(pos, end);
      if (isTaken(pos, end) || (kind === 'surname' && this.cues.notNameEnds.has(text[end - 1])))
        continue;
      if (
        kind === 'surname' &&
        this.cues.notNameEnds.has(text[end]) &&
        !this.endingsAt.startsAt(text, end) &&
        !this.announcersAt.startsAt(text, end)
      )
        continue;
      candidates.push({
        start: pos,
        end,
        name,
        score: 0,
        kind,
        inRun: word?.inRun,
        eponym: word?.eponym,
      });
    }
    const places: PlaceEdges = {
      endOf: new Int32Array(text.length + 1),
      startOf: new Int32Array(text.length + 1).fill(-1),
    };
    for (const t of tokens)
      if (t.tag === 'ns') [places.endOf[t.start], places.startOf[t.end]] = [t.end, t.start];
    const scored: Candidate[] = [];
    for (const c of candidates) {
      const previous = scored[scored.length - 1];
      // A weak reading gives way to one starting inside it (生王 of 学生王某某).
      if (previous && c.start < previous.end && previous.score >= WEAK_READING) continue;
      c.score =
        c.kind === 'surname' || c.kind === 'dictionary'
          ? this.evidence(
              text,
              c.start,
              this.surnameOf(c.name),
              c.end,
              breaks,
              c.inRun,
              c.kind === 'dictionary',
            ) +
            (c.kind === 'dictionary' && this.isDictionaryName(text, c) ? DICTIONARY_NAME : 0) +
            (c.eponym ? EPONYM : 0)
          : this.foreignEvidence(text, c, breaks);
      if (this.listedWithPlace(text, c, places)) c.score -= PLACE_NEIGHBOUR;
      scored.push(c);
    }
    // Names in a row (记者甲乙, 甲、乙、丙): a name found makes its neighbours likelier, both ways.
    const inARow = (a: Candidate, b: Candidate) =>
      b.start >= a.end && BETWEEN_NAMES.test(text.slice(a.end, b.start));
    for (let i = 1; i < scored.length; i++)
      if (inARow(scored[i - 1], scored[i]) && scored[i - 1].score >= this.threshold)
        scored[i].score += 1;
    for (let i = scored.length - 2; i >= 0; i--)
      if (
        inARow(scored[i], scored[i + 1]) &&
        scored[i + 1].score >= this.threshold &&
        scored[i].score < this.threshold
      )
        scored[i].score += 1;
    this.settleLists(text, scored);
    // A name's evidence is its best occurrence, and more for every repetition.
    const best = new Map<string, number>();
    for (const c of scored) best.set(c.name, Math.max(best.get(c.name) ?? -Infinity, c.score));
    const longerOf = firstLongerNames(best.keys());
    const found: FreeName[] = [];
    for (const [name, score] of best) {
      // Repeats add at most MAX_REPEATS: a score this low cannot pass, the tests below are moot.
      if (score + MAX_REPEATS < this.threshold) continue;
      // One place reading in the document makes every occurrence a place (某某首都 … 在某某).
      if (index.occurrences(name).some((at) => this.standsAsPlace(text, at, at + name.length)))
        continue;
      // 蒋小 where every 蒋小 of the text is 蒋小燕: the longer reading stands for it.
      const longer = longerOf.get(name);
      if (longer && countOf(longer) === countOf(name)) continue;
      const total = score + Math.min(MAX_REPEATS, countOf(name) - 1);
      if (total >= this.threshold) {
        const { start, end } = candidates.find((c) => c.name === name)!;
        found.push({ start, end, name, score: total });
      }
    }
    return found;
  }
}
