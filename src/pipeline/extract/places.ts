/**
 * Place mentions: full names from the gazetteer (某市, 某某街道, 某某村), short
 * forms of provinces, cities and counties (浙江, 宁波, 奉化), and units missing from
 * the list that continue a chain of places (…某某街道 + 星光楼宇社区).
 */
import type { PlaceType } from '../../types/graph';
import type { Division, Gazetteer } from '../../gazetteer/gazetteer';
import type { NameTable } from '../../gazetteer/name-table';
import { tagShort, type TaggedToken, type Token } from './segment';
import { anyMarked, occurrences } from './spans';
import { numberValue } from './relations/numbers';

export interface PlaceMention {
  start: number;
  end: number;
  surface: string;
  /** Divisions this surface may denote; empty for units found by pattern only. */
  candidates: Division[];
  /** The surface is a short form (浙江 for 浙江省). */
  short: boolean;
  /** Type when known without linking (pattern-found units). */
  type?: PlaceType;
  /** The surface is a former name of its candidates (奉化市 for 奉化区). */
  former?: boolean;
}

export interface PlaceLexicon {
  stopwords: Set<string>;
  determiners: Set<string>;
  /** Prepositions and verbs that never open a name (至, 任, 和), longest first. */
  leftEdgeWords: string[];
  /** Words after X村 that show it is a village though the list lacks it (党支部, 村委会). */
  villageEvidence: string[];
  /** Words that follow a place and name its organs or people (党委, 人民政府, 村民). */
  organWords: string[];
  /** Words after a short form that make it a region (地区, 一带). */
  regionWords: string[];
  /** Endings of organization names (大学, 银行): a short form right before one is part of a name. */
  nameSuffixes: string[];
}

const LEVEL: Record<PlaceType, number> = {
  Province: 1,
  City: 2,
  County: 3,
  Township: 4,
  Village: 5,
};
const MAX_NAME_LENGTH = 12;

interface WordEdges {
  has(offset: number): boolean;
}
const UNIT_SUFFIX = /^(.{2,6}?)(社区|村|街道|镇|乡)/;
/** What joins the items of a list of places. */
const LIST_BREAK = /^[、和与及]$/;
const NOT_IN_NAME = /[\s\p{P}\d]/u;

const typeOfSuffix = (suffix: string): PlaceType =>
  suffix === '社区' || suffix === '村' ? 'Village' : 'Township';

function acceptable(
  name: string,
  divisions: readonly Division[],
  lexicon: PlaceLexicon,
): Division[] {
  if (lexicon.stopwords.has(name) || lexicon.determiners.has(name[0])) return [];
  // Two-character county, town or village names (城区, 城镇, 五村) are mostly common words;
  // a two-character X县 is not (黟县, 沛县).
  return divisions.filter(
    (d) =>
      d.type === 'Province' ||
      d.type === 'City' ||
      name.length >= 3 ||
      (d.type === 'County' && name.endsWith('县')),
  );
}

/** Names of a table (full or former names), longest first at each position, left to right. */
function findFullNames(
  text: string,
  names: NameTable<Division>,
  lexicon: PlaceLexicon,
  former = false,
): PlaceMention[] {
  const found: PlaceMention[] = [];
  const lengths = { max: MAX_NAME_LENGTH, min: 2 };
  let start = 0;
  const accept = (surface: string, divisions: readonly Division[]): PlaceMention | undefined => {
    const candidates = acceptable(surface, divisions, lexicon);
    return candidates.length
      ? {
          start,
          end: start + surface.length,
          surface,
          candidates,
          short: false,
          former: former || undefined,
        }
      : undefined;
  };
  while (start < text.length) {
    const match = names.mayStartAt(text, start)
      ? names.findAt(text, start, lengths, accept)
      : undefined;
    if (match) {
      found.push(match);
      start = match.end;
    } else start++;
  }
  return found;
}

/** Token boundaries, so that a short form is only read where jieba sees a word edge. */
function boundaries(tokens: Token[], length: number): WordEdges {
  const edges = new Uint8Array(length + 1);
  for (const t of tokens) {
    edges[t.start] = 1;
    edges[t.end] = 1;
  }
  return { has: (offset) => edges[offset] === 1 };
}

function findShortForms(
  text: string,
  gazetteer: Gazetteer,
  edges: WordEdges,
  taken: (start: number, end: number) => boolean,
  lexicon: PlaceLexicon,
): PlaceMention[] {
  const found: PlaceMention[] = [];
  const lengths = { max: 4, min: 2 };
  // One function for every offset (not one built per offset): it reads `start`.
  let start = 0;
  const accept = (surface: string, divisions: readonly Division[]): PlaceMention | undefined => {
    const end = start + surface.length;
    if (taken(start, end) || lexicon.stopwords.has(surface)) return undefined;
    // 某湖大学, 某地文艺出版社: the short form opens an institution's name.
    if (opensInstitutionName(text, end, lexicon)) return undefined;
    // A short form must stand as a word of its own, or lean on a neighbouring place.
    const leans = taken(end, end + 1) || taken(start - 1, start);
    const regionAfter = lexicon.regionWords.some((w) => text.startsWith(w, end));
    if (!leans && !(edges.has(start) && (edges.has(end) || regionAfter))) return undefined;
    // One that is an everyday word too (振兴, 清新, 光明) needs its place next to it
    // or its full name in the text.
    if (!leans && everydayWord(surface) && !divisions.some((d) => text.includes(d.name)))
      return undefined;
    return { start, end, surface, candidates: [...divisions], short: true };
  };
  for (; start < text.length; start++) {
    if (!gazetteer.shortForms.mayStartAt(text, start)) continue;
    const match = gazetteer.shortForms.findAt(text, start, lengths, accept);
    if (match) {
      found.push(match);
      start = match.end - 1;
    }
  }
  return found;
}

/** How far after a short form an institution's ending may stand (文化音像出版社). */
const MAX_INSTITUTION_INFIX = 6;

/**
 * Whether the words after a short form run, within one phrase, to the ending of an
 * institution's name (大学, 出版社, 钢铁厂), or to another short form that does:
 * 某省某市梅苑旅行社.
 */
function opensInstitutionName(text: string, end: number, lexicon: PlaceLexicon): boolean {
  for (let at = end; at <= end + MAX_INSTITUTION_INFIX; at++) {
    // One character between extends the place's own name (某岩 + 溪), no descriptor.
    if (at !== end + 1 && lexicon.nameSuffixes.some((w) => text.startsWith(w, at))) return true;
    if (!/\p{Script=Han}/u.test(text[at] ?? '')) return false;
  }
  return false;
}

/** jieba's own tags for words that are no names: verbs, adjectives, distinguishers, adverbs. */
const EVERYDAY_TAGS = /^(v|vn|vd|a|ad|an|b|d)$/;
const everydayWord = (surface: string): boolean => {
  const words = tagShort(surface);
  return words.length === 1 && EVERYDAY_TAGS.test(words[0].tag);
};

/** Units missing from the list that follow a county or town: 某某街道 + 星光楼宇社区. */
function findChainContinuations(
  text: string,
  mentions: PlaceMention[],
  tokens: TaggedToken[],
  taken: (start: number, end: number) => boolean,
  lexicon: PlaceLexicon,
): PlaceMention[] {
  const villageStarts = new Map(
    mentions
      .filter((m) => m.candidates.every((d) => d.type === 'Village'))
      .map((m) => [m.end, m.start]),
  );
  const found: PlaceMention[] = [];
  for (const m of mentions) {
    const levels = m.candidates.map((d) => LEVEL[d.type]);
    if (!levels.length || Math.max(...levels) < LEVEL.County) continue;
    const match = UNIT_SUFFIX.exec(text.slice(m.end, m.end + 8));
    if (!match || NOT_IN_NAME.test(match[1]) || lexicon.determiners.has(match[1][0])) continue;
    if (lexicon.leftEdgeWords.some((w) => match[1].startsWith(w))) continue;
    // The unit's name is no phrase, nor an organ of the place: 某县推行乡、村公开, 某县委关于加强乡.
    const opening = tokenAt(tokens, m.end);
    if (opening && FUNCTION_TAGS.test(opening.tag)) continue;
    if (lexicon.organWords.some((w) => w.length === 1 && text.startsWith(w, m.end))) continue;
    if (holdsFunctionWord(tokens, m.end, m.end + match[1].length)) continue;
    const surface = match[0];
    const end = m.end + surface.length;
    const type = typeOfSuffix(match[2]);
    // A listed village inside the unit's name (禾山村 in 北禾山村) gives way to the whole.
    // One character of the unit's own before a listed village (小 + 英山村) makes one name.
    const swallows =
      villageStarts.get(end) === m.end + 1 && !lexicon.leftEdgeWords.includes(text[m.end]);
    if (
      LEVEL[type] <= Math.min(...levels) ||
      (taken(m.end, end) && !swallows) ||
      lexicon.stopwords.has(surface)
    )
      continue;
    found.push({ start: m.end, end, surface, candidates: [], short: false, type });
  }
  return found;
}

/** The count and unit that close a list of bare names: 3个村, 两社区, 等五个村. */
const COUNT_AND_UNIT = /(等)?([\d一二两三四五六七八九十]+)个?(村|社区)/gu;
const LIST_JOINS = '、和与及';

/**
 * Villages named bare in a list that a count and unit close (甲、乙、丙3个村): read
 * leftwards from the count, each item the longest stem of two or three characters
 * that makes, with the unit, a village the division list or the document knows; the
 * count must agree with the list unless 等 leaves it open.
 */
function findCountedVillages(
  text: string,
  gazetteer: Gazetteer,
  known: Set<string>,
  taken: (start: number, end: number) => boolean,
): PlaceMention[] {
  const found: PlaceMention[] = [];
  for (const match of text.matchAll(COUNT_AND_UNIT)) {
    const [, open, numeral, unit] = match;
    const items: PlaceMention[] = [];
    let at = match.index;
    for (;;) {
      const item = [3, 2]
        .map((length) => villageStem(text, at - length, at, unit, gazetteer, known))
        .find((m) => m && !taken(m.start, m.end));
      if (!item) break;
      items.unshift(item);
      at = item.start;
      if (!LIST_JOINS.includes(text[at - 1] ?? '')) break;
      at--;
    }
    if (items.length >= 2 && (open || numberValue(numeral) === items.length)) found.push(...items);
  }
  return found;
}

/** text[start, end) as a bare village name when it makes one with the unit. */
function villageStem(
  text: string,
  start: number,
  end: number,
  unit: string,
  gazetteer: Gazetteer,
  known: Set<string>,
): PlaceMention | undefined {
  const stem = text.slice(start, end);
  if (start < 0 || !/^\p{Script=Han}+$/u.test(stem)) return undefined;
  const name = stem + unit;
  const candidates = gazetteer.fullNames.get(name).filter((d) => d.type === 'Village');
  if (!candidates.length && !known.has(name)) return undefined;
  const type = candidates.length ? undefined : 'Village';
  return { start, end, surface: stem, candidates: [...candidates], short: false, type };
}

/** A unit read after its town (某乡 + 北禾山村) is that unit wherever the text repeats it. */
function withRecurrences(
  text: string,
  units: PlaceMention[],
  full: PlaceMention[],
): PlaceMention[] {
  const found = new Map(units.map((u) => [u.start, u]));
  for (const u of units)
    for (const at of occurrences(text, u.surface))
      if (!found.has(at) && !full.some((m) => m.start === at && m.end === at + u.surface.length))
        found.set(at, { ...u, start: at, end: at + u.surface.length });
  return [...found.values()].sort((a, b) => a.start - b.start);
}

/**
 * Counties, towns and villages must not start or end inside a dictionary word
 * (不合格村, 振兴区域), unless a neighbouring place or an organ word (…市委) explains the edge.
 */
function keepsWordEdges(
  text: string,
  mentions: PlaceMention[],
  edges: WordEdges,
  lexicon: PlaceLexicon,
): PlaceMention[] {
  const starts = new Set(mentions.map((m) => m.start));
  const ends = new Set(mentions.map((m) => m.end));
  return mentions.filter((m) => {
    if (m.candidates.some((d) => d.type === 'Province' || d.type === 'City')) return true;
    const startOk = edges.has(m.start) || ends.has(m.start);
    const endOk =
      edges.has(m.end) ||
      starts.has(m.end) ||
      lexicon.organWords.some((w) => text.startsWith(w, m.end));
    return startOk && endOk;
  });
}

export function findPlaces(
  text: string,
  gazetteer: Gazetteer,
  tokens: TaggedToken[],
  lexicon: PlaceLexicon,
): PlaceMention[] {
  const edges = boundaries(tokens, text.length);
  const current = findFullNames(text, gazetteer.fullNames, lexicon);
  // Former names (奉化市 now 奉化区) where no current name is read.
  const formerNames = findFullNames(text, gazetteer.formerNames, lexicon, true).filter(
    (f) => !current.some((c) => c.start < f.end && f.start < c.end),
  );
  const named = [...current, ...formerNames].sort((a, b) => a.start - b.start);
  const onEdges = keepsWordEdges(text, named, edges, lexicon);
  // A name read as a place once is that place wherever the text repeats it, word edges or not (禾山村是…).
  const placeNames = new Set(onEdges.map((m) => m.surface));
  const covered = new Uint8Array(text.length + 1);
  const mark = (ms: PlaceMention[]) => ms.forEach((m) => covered.fill(1, m.start, m.end));
  const taken = (start: number, end: number) => anyMarked(covered, start, end);
  let full = named.filter((m) => placeNames.has(m.surface));
  mark(full);
  const continuations = withRecurrences(
    text,
    findChainContinuations(text, full, tokens, taken, lexicon),
    full,
  );
  full = full.filter(
    (m) =>
      !continuations.some(
        (c) => c.start <= m.start && c.end >= m.end && c.end - c.start > m.end - m.start,
      ),
  );
  mark(continuations);
  const evidenced = findEvidencedVillages(text, tokens, edges, taken, lexicon);
  mark(evidenced);
  const known = new Set([...full, ...continuations, ...evidenced].map((m) => m.surface));
  // A listed village across a list's edge (甲、乙冲 + 三村 read as 冲三村) gives way to the list.
  const onlyVillage = (m: PlaceMention) =>
    m.type === 'Village' ||
    (m.candidates.length > 0 && m.candidates.every((d) => d.type === 'Village'));
  const blocking = [...full.filter((m) => !onlyVillage(m)), ...continuations, ...evidenced];
  const counted = findCountedVillages(text, gazetteer, known, (start, end) =>
    blocking.some((m) => m.start < end && start < m.end),
  );
  full = full.filter((m) => !counted.some((c) => c.start < m.end && m.start < c.end));
  mark(counted);
  const shorts = findShortForms(text, gazetteer, edges, taken, lexicon);
  const all = [...full, ...continuations, ...evidenced, ...counted, ...shorts].sort(
    (a, b) => a.start - b.start,
  );
  return withoutWordLedVillages(text, all, tokens, lexicon);
}

/** jieba tags of words that open no village name: verbs, conjunctions, prepositions, adverbs, numerals, pronouns, particles. */
const FUNCTION_TAGS = /^(v|vd|c|p|d|m|r|u.*)$/;

/** Particles, which a name never holds (成了村两委 is no 成了村). */
const PARTICLES = /[了的着过地得之]/;

/** Prepositions, conjunctions, particles and pronouns, which a name never holds (二是对村两委). */
const PHRASE_TAGS = /^(p|c|u.*|r)$/;

/** Whether a word of PHRASE_TAGS starts inside text[start, end). */
function holdsFunctionWord(tokens: TaggedToken[], start: number, end: number): boolean {
  for (let at = start; at < end; at++) {
    const token = tokenAt(tokens, at);
    if (token && PHRASE_TAGS.test(token.tag)) return true;
  }
  return false;
}

/** The word that starts at `offset`, or undefined where no word starts. */
function tokenAt(tokens: TaggedToken[], offset: number): TaggedToken | undefined {
  let lo = 0;
  let hi = tokens.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].start === offset) return tokens[mid];
    if (tokens[mid].start < offset) lo = mid + 1;
    else hi = mid - 1;
  }
  return undefined;
}

/**
 * Villages missing from the list, known by what follows them (某某村党支部书记,
 * 某某社区居委会): the name is the longest stem of two or three characters before
 * 村/社区 that starts a word and is no verb or function word (任某某村 → 某某村).
 * Each such name counts wherever the text repeats it.
 */
function findEvidencedVillages(
  text: string,
  tokens: TaggedToken[],
  edges: WordEdges,
  taken: (start: number, end: number) => boolean,
  lexicon: PlaceLexicon,
): PlaceMention[] {
  const names = new Set<string>();
  for (const word of lexicon.villageEvidence) {
    for (const at of occurrences(text, word)) {
      const unit = text.endsWith('社区', at) ? '社区' : text[at - 1] === '村' ? '村' : undefined;
      if (!unit) continue;
      const unitStart = at - unit.length;
      for (const length of [3, 2]) {
        const start = unitStart - length;
        const stem = text.slice(start, unitStart);
        if (start < 0 || !/^\p{Script=Han}+$/u.test(stem) || taken(start, at)) continue;
        const before = text.slice(Math.max(0, start - 2), start);
        const opensWord =
          edges.has(start) ||
          !/\p{Script=Han}/u.test(text[start - 1] ?? '。') ||
          lexicon.leftEdgeWords.some((w) => before.endsWith(w));
        const token = tokenAt(tokens, start);
        // 该/各/同 open phrases (同一村), unless jieba reads them into a longer name (同乐村).
        const determined =
          lexicon.determiners.has(stem[0]) && (!token || token.end - token.start < 2);
        if (
          !opensWord ||
          (token && FUNCTION_TAGS.test(token.tag)) ||
          holdsFunctionWord(tokens, start, unitStart) ||
          PARTICLES.test(stem) ||
          determined ||
          lexicon.leftEdgeWords.some((w) => stem.startsWith(w)) ||
          lexicon.stopwords.has(stem + unit)
        )
          continue;
        names.add(stem + unit);
        break;
      }
    }
  }
  const found: PlaceMention[] = [];
  for (const name of names)
    for (const at of occurrences(text, name))
      if (!taken(at, at + name.length))
        found.push({
          start: at,
          end: at + name.length,
          surface: name,
          candidates: [],
          short: false,
          type: 'Village',
        });
  return found;
}

/**
 * A listed village whose name opens with a verb or function word (加入村, 和农村, 扩大村)
 * is read as a place only with evidence: a place right before it or an organ after it.
 */
function withoutWordLedVillages(
  text: string,
  mentions: PlaceMention[],
  tokens: TaggedToken[],
  lexicon: PlaceLexicon,
): PlaceMention[] {
  const ends = new Set(mentions.map((m) => m.end));
  const starts = new Set(mentions.map((m) => m.start));
  // Listed with other places: 甲村、乙村和丙村.
  const listed = (m: PlaceMention) =>
    (LIST_BREAK.test(text[m.start - 1] ?? '') && ends.has(m.start - 1)) ||
    (LIST_BREAK.test(text[m.end] ?? '') && starts.has(m.end + 1));
  return mentions.filter((m) => {
    const village =
      m.type === 'Village' ||
      (m.candidates.length > 0 && m.candidates.every((d) => d.type === 'Village'));
    if (!village || !m.candidates.length) return true;
    const tag = tokenAt(tokens, m.start)?.tag;
    const wordLed = (tag !== undefined && FUNCTION_TAGS.test(tag)) || m.surface.startsWith('第');
    return (
      !wordLed ||
      ends.has(m.start) ||
      listed(m) ||
      lexicon.villageEvidence.some((w) => text.startsWith(w, m.end))
    );
  });
}
