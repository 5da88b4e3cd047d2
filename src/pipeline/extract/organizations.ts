/**
 * Organization mentions: names ending in an organization suffix (集团, 研究院,
 * 专业合作社 …) read leftwards over name-like words, and outlets named in book-title
 * marks (《今日浙江》杂志). A name needs a proper part (西湖, a place, a word jieba does not know) so that
 * generic phrases (该公司, 专业合作社) are not taken.
 */
import { extendLeft } from './phrase';
import type { TaggedToken } from './segment';
import { keepOutermost, occurrences } from './spans';

export interface OrganizationMention {
  start: number;
  end: number;
  name: string;
}

const MAX_LENGTH = 30;

/** A company or group name ends at its first 公司/集团; what follows is a unit of it (…公司研究院). */
const FIRST_BODY_END = /^.+?(公司|集团)/;

export interface OrganizationLexicon {
  suffixes: string[];
  /** Words that make a name generic when it starts with them (农民专业合作社, 各类企业集团). */
  genericLeads: Set<string>;
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
      const name = FIRST_BODY_END.exec(phrase.text)?.[0] ?? phrase.text;
      found.push({ start: phrase.start, end: phrase.start + name.length, name });
    }
  }
  for (const m of text.matchAll(/《([^《》\n]{2,12})》(?=杂志|报|期刊|周刊)/g)) {
    found.push({ start: m.index + 1, end: m.index + 1 + m[1].length, name: m[1] });
  }
  return keepOutermost(found);
}
