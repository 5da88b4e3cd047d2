/**
 * Links place mentions to division codes by context. A candidate earns support
 * from the other places of the document that contain it or that it contains,
 * most from a place written right next to it (宁波市奉化区), less from one in the
 * same sentence, least from one elsewhere. The best candidate wins only when it
 * beats the others; a place that stays ambiguous is left unlinked.
 */
import type { PlaceType } from '../../types/graph';
import { Gazetteer, type Division } from '../../gazetteer/gazetteer';
import type { PlaceMention } from './places';

export interface LinkedPlace {
  mention: PlaceMention;
  type: PlaceType;
  name: string;
  adminCode?: string;
  /** The former name the text used for the unit (奉化市 for 奉化区). */
  former?: string;
}

const LEVELS: PlaceType[] = ['Province', 'City', 'County', 'Township', 'Village'];
const LOCAL_TYPES = new Set<PlaceType>(['County', 'Township', 'Village']);
const WEIGHT = { adjacent: 10, sentence: 3, document: 1 };

const CODE_LENGTHS = [2, 4, 6, 9];
const properPrefixes = (code: string) =>
  CODE_LENGTHS.filter((n) => n < code.length).map((n) => code.slice(0, n));

interface Share {
  mention: number;
  share: number;
}

/**
 * Where the candidates of every mention sit in the code tree: `exact` by their own
 * code, `within` by each of their ancestors' codes. A candidate's support is then a
 * pair of look-ups instead of a scan over all other candidates.
 */
class CandidateIndex {
  private readonly exact = new Map<string, Share[]>();
  private readonly within = new Map<string, Share[]>();

  constructor(sets: Division[][]) {
    sets.forEach((set, mention) => {
      for (const d of set) {
        const share = { mention, share: 1 / set.length };
        add(this.exact, d.code, share);
        for (const p of properPrefixes(d.code)) add(this.within, p, share);
      }
    });
  }

  /**
   * Shares of the other mentions' candidates that lie within `d`, then of those that
   * contain it, as lists: an ambiguous name has hundreds, not copied into one.
   */
  relatedTo(d: Division): Share[][] {
    return [
      this.within.get(d.code) ?? [],
      ...properPrefixes(d.code).map((p) => this.exact.get(p) ?? []),
    ];
  }
}

function add(map: Map<string, Share[]>, key: string, share: Share): void {
  const list = map.get(key);
  if (list) list.push(share);
  else map.set(key, [share]);
}

/**
 * What support compares of two mentions, by mention: its sentence and a number per
 * distinct surface. Computed once, not at each of the many shares a candidate weighs.
 */
interface MentionKeys {
  sentence: number[];
  surface: number[];
}

function mentionKeys(
  mentions: PlaceMention[],
  sentenceOf: (offset: number) => number,
): MentionKeys {
  const surfaces = new Map<string, number>();
  const surfaceId = (surface: string) => {
    if (!surfaces.has(surface)) surfaces.set(surface, surfaces.size);
    return surfaces.get(surface) as number;
  };
  return {
    sentence: mentions.map((m) => sentenceOf(m.start)),
    surface: mentions.map((m) => surfaceId(m.surface)),
  };
}

function weight(mentions: PlaceMention[], keys: MentionKeys, i: number, j: number): number {
  const [a, b] = [mentions[i], mentions[j]];
  if (a.end === b.start || b.end === a.start) return WEIGHT.adjacent;
  return keys.sentence[i] === keys.sentence[j] ? WEIGHT.sentence : WEIGHT.document;
}

function supportOf(
  candidate: Division,
  index: number,
  mentions: PlaceMention[],
  candidates: CandidateIndex,
  keys: MentionKeys,
): number {
  let support = 0;
  for (const shares of candidates.relatedTo(candidate))
    for (const { mention, share } of shares) {
      if (mention === index || keys.surface[mention] === keys.surface[index]) continue;
      support += weight(mentions, keys, index, mention) * share;
    }
  return support;
}

/** The best-supported candidate, or undefined when none stands out. */
function choose(candidates: Division[], supports: number[]): Division | undefined {
  if (candidates.length === 1) return candidates[0];
  let best = -1;
  let second = -1;
  supports.forEach((s, i) => {
    if (best < 0 || s > supports[best]) {
      second = best;
      best = i;
    } else if (second < 0 || s > supports[second]) second = i;
  });
  return supports[best] > 0 && supports[best] > supports[second] ? candidates[best] : undefined;
}

/**
 * The one candidate of the highest level, when there is one: a bare short form
 * means the city (长沙 is 长沙市, not 长沙县), the province (吉林) when it is one.
 */
function widest(candidates: Division[]): Division | undefined {
  const top = Math.min(...candidates.map((d) => LEVELS.indexOf(d.type)));
  const widestOnes = candidates.filter((d) => LEVELS.indexOf(d.type) === top);
  return widestOnes.length === 1 && top <= LEVELS.indexOf('City') ? widestOnes[0] : undefined;
}

/**
 * Whether a place with no support from the rest of the document still reads as a
 * place where it stands: next to another place, or followed by punctuation or by
 * a word that names its organs or people (…县委, …村党支部, …镇人民政府).
 */
export type StandsAlone = (mention: PlaceMention) => boolean;

export function linkPlaces(
  mentions: PlaceMention[],
  sentenceOf: (offset: number) => number,
  standsAlone: StandsAlone,
): LinkedPlace[] {
  const keys = mentionKeys(mentions, sentenceOf);
  let sets = mentions.map((m) => m.candidates);
  let chosen: (Division | undefined)[] = [];
  // Two rounds: what the first round settles sharpens the support of the second.
  for (let round = 0; round < 2; round++) {
    const index = new CandidateIndex(sets);
    chosen = mentions.map((_m, i) => {
      const supports = sets[i].map((d) => supportOf(d, i, mentions, index, keys));
      return choose(sets[i], supports) ?? (mentions[i].short ? widest(sets[i]) : undefined);
    });
    sets = sets.map((s, i) => (chosen[i] ? [chosen[i] as Division] : s));
  }
  const index = new CandidateIndex(sets);
  const parentNamed = (d: Division, i: number) =>
    sets.some(
      (set, j) =>
        j !== i && set.some((c) => d.code.length > c.code.length && d.code.startsWith(c.code)),
    );
  const fullNames = new Set(mentions.filter((m) => !m.short).map((m) => m.surface));
  const linked: LinkedPlace[] = [];
  mentions.forEach((m, i) => {
    const division = chosen[i];
    const neighbours = mentions.some((o) => o.end === m.start || o.start === m.end);
    const local = division ?? m.candidates[0];
    // An ambiguous name still reads as a place when some reading lies in a city or a
    // smaller place the document settles on (two such villages in one city leave it
    // unlinked, but a place); a province holds too many villages of common names.
    const supported = division
      ? supportOf(division, i, mentions, index, keys) > 0
      : sets.some(
          (set, j) =>
            j !== i &&
            set.length === 1 &&
            set[0].code.length >= 4 &&
            m.candidates.some((d) => Gazetteer.contains(set[0].code, d.code)),
        );
    // Unsupported villages, and short forms of towns and counties, are often words
    // (清廉村, 现代社区): they need a context that reads as a place.
    if (
      local &&
      (local.type === 'Village' || (m.short && LOCAL_TYPES.has(local.type))) &&
      !neighbours &&
      !standsAlone(m) &&
      !supported
    )
      return;
    if (division) {
      // A lone short form of a county (江山, 长兴 are words too) needs support or its full name nearby.
      const supported =
        supportOf(division, i, mentions, index, keys) > 0 || fullNames.has(division.name);
      if (m.short && division.type === 'County' && !supported) return;
      // A former name is today's unit only where the parent agrees: a place of the
      // document that contains it (宁波 for 奉化市 → 奉化区).
      if (m.former && !parentNamed(division, i)) return;
      linked.push({
        mention: m,
        type: division.type,
        name: division.name,
        adminCode: division.code,
        former: m.former ? m.surface : undefined,
      });
      return;
    }
    if (!m.candidates.length && m.type) {
      linked.push({ mention: m, type: m.type, name: m.surface });
      return;
    }
    const names = new Set(m.candidates.map((d) => d.name));
    const types = new Set(m.candidates.map((d) => d.type));
    if (m.short || names.size !== 1 || types.size !== 1) return;
    linked.push({ mention: m, type: m.candidates[0].type, name: m.candidates[0].name });
  });
  return linked;
}
