/**
 * Organization mentions: names ending in an organization suffix (集团, 研究院,
 * 专业合作社 …) read leftwards over name-like words, and outlets named in book-title
 * marks (《今日某省》杂志), and outlets named before their reporter in running text (those of datelines and credits: outlets.ts). A name needs a proper part (西湖, a place, a word jieba does not know) so that
 * generic phrases (该公司, 专业合作社) are not taken.
 */
import { extendLeft } from './phrase';
import type { TaggedToken } from './segment';
import { keepOutermost, occurrences } from './spans';

export interface OrganizationMention {
  start: number;
  end: number;
  name: string;
  /** A media outlet: the places in its name (某省在线) are no places of the report. */
  outlet?: boolean;
}

const MAX_LENGTH = 30;
const REPORTER = /^(记者|通讯员|特约记者)/;
const OWN_OUTLET = /^(本报|本刊|本台|本网)/;

/**
 * A company or group name ends at its first 公司/集团 (what follows is a unit of it:
 * …公司研究院), its legal form included (…集团有限公司, …集团股份有限公司).
 */
const FIRST_BODY_END = /^.+?(集团(股份)?有限(责任)?公司|公司|集团)/;

export interface OrganizationLexicon {
  suffixes: string[];
  /** Words that make a name generic when it starts with them (农民专业合作社, 各类企业集团). */
  genericLeads: Set<string>;
  /** Endings of media outlets' names (日报, 网, 社), longest first. */
  outletEndings: string[];
  /** Words that cannot open a name (据, 至, 中共), longest first. */
  leftEdgeWords: string[];
}

/** Whether a post or organ word follows: 某某集团党委书记 reads as a named body even when 某某 is a common word. */
export type FollowedByOrgan = (offset: number) => boolean;

export function findOrganizations(
  text: string,
  tokens: TaggedToken[],
  lexicon: OrganizationLexicon,
  isPlaceAt: (start: number, end: number) => boolean,
  followedByOrgan: FollowedByOrgan,
): OrganizationMention[] {
  const found: OrganizationMention[] = [];
  for (const suffix of lexicon.suffixes) {
    for (const at of occurrences(text, suffix)) {
      const phrase = extendLeft(text, tokens, at, at + suffix.length, MAX_LENGTH, isPlaceAt);
      if (
        !phrase ||
        phrase.text.length <= suffix.length + 1 ||
        lexicon.genericLeads.has(phrase.leading)
      )
        continue;
      if (!phrase.hasProperPart && phrase.words < 2 && !followedByOrgan(phrase.end)) continue;
      const start = afterLastEdgeWord(tokens, phrase.start, at, lexicon.leftEdgeWords);
      const body = text.slice(start, phrase.end);
      if (body.length <= suffix.length + 1) continue;
      const name = FIRST_BODY_END.exec(body)?.[0] ?? body;
      found.push({ start, end: start + name.length, name });
    }
  }
  for (const m of text.matchAll(/《([^《》\n]{2,12})》(?=杂志|报|期刊|周刊)/g)) {
    found.push({ start: m.index + 1, end: m.index + 1 + m[1].length, name: m[1] });
  }
  found.push(...programSites(text));
  // An outlet named before its reporter in running text (…告诉某某日报记者).
  for (const ending of lexicon.outletEndings) {
    for (const at of occurrences(text, ending)) {
      const end = at + ending.length;
      if (!REPORTER.test(text.slice(end, end + 3))) continue;
      const phrase = extendLeft(text, tokens, at, end, MAX_LENGTH, isPlaceAt, false);
      if (phrase && phrase.text.length > ending.length && !OWN_OUTLET.test(phrase.text))
        found.push({ start: phrase.start, end, name: phrase.text, outlet: true });
    }
  }
  return keepOutermost(found);
}

/**
 * Where a name read leftwards really starts: after the last word in it that cannot open
 * a name (本报记者会同某某书店 → 某某书店), or after such a word at its start that the
 * tagger joined to the next (据某某合作社).
 */
function afterLastEdgeWord(
  tokens: TaggedToken[],
  start: number,
  suffixStart: number,
  edgeWords: string[],
): number {
  let cut = start;
  for (const t of tokens) {
    if (t.start < start || t.end > suffixStart) continue;
    const edge = edgeWords.find((w) => t.word.startsWith(w));
    if (edge === t.word || (edge && t.start === cut)) cut = t.start + edge.length;
  }
  return cut;
}

/**
 * A quoted “甲·乙” where “乙” is quoted on its own elsewhere in the text (a program such
 * as a brand of workshops) names one site of that program: a body, not the program.
 */
function programSites(text: string): OrganizationMention[] {
  const sites: OrganizationMention[] = [];
  for (const m of text.matchAll(/“(\p{Script=Han}{2,8})·(\p{Script=Han}{2,8})”/gu)) {
    if (!text.includes(`“${m[2]}”`)) continue;
    const start = m.index + 1;
    sites.push({ start, end: start + m[0].length - 2, name: m[0].slice(1, -1) });
  }
  return sites;
}
