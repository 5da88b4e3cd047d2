/**
 * Event mentions: party congresses (党的二十大, 浙江省第十五次党代会, 省委十四届三次全会),
 * named meetings and campaigns read leftwards from their ending (…座谈会, …学习教育,
 * “…”主题教育), typhoons (台风“烟花”), and named events of the lexicon.
 */
import { extendLeft } from './phrase';
import type { TaggedToken } from './segment';
import { occurrences } from './spans';

export interface EventMention {
  start: number;
  end: number;
  name: string;
}

export interface EventLexicon {
  suffixes: string[];
  /** Endings of education campaigns (学习教育, 主题教育). */
  campaignSuffixes: string[];
  /** Scope words a campaign name drops (全省, 全市). */
  scopes: string[];
  names: string[];
}

const NUMERAL = '[一二三四五六七八九十]+';
/** 党的二十大, and the bare 二十大 (十 or more, so 扩大/重大 are not read). */
const NATIONAL_CONGRESS = new RegExp(
  `(党的)?((?:二?十)[一二三四五六七八九]?)大(?![会力学楼型])`,
  'g',
);
/** 中共浙江省第十五次代表大会, 浙江省第十五次党代会. */
const PROVINCIAL_CONGRESS = new RegExp(
  `(?:中共)?(\\p{Script=Han}{1,7}?[省市县区])第(${NUMERAL})次(?:党代会|党代表大会|代表大会)`,
  'gu',
);
/**
 * How every provincial congress's name ends: the pattern above is tried at every
 * character of a text (a run of Han characters opens it), a text without this not at all.
 */
const CONGRESS_ENDING = /次(?:党代会|党代表大会|代表大会)/;
/** 省委十四届三次全会, 省委十四届三次全体（扩大）会议. */
const PLENUM = new RegExp(
  `[省市县区]委${NUMERAL}届${NUMERAL}次全(?:会|体(?:[（(]扩大[)）])?会议)`,
  'g',
);
/** 十九届五中全会: a plenum of the Central Committee. */
const NATIONAL_PLENUM = new RegExp(`${NUMERAL}届[一二三四五六七八九]中全会`, 'g');
/**
 * A numbered session of a body's congress or fair: 第九届二次工会会员代表大会,
 * 第三届某某农产品订货会.
 */
const NUMBERED_SESSION = new RegExp(
  `第${NUMERAL}届(?:${NUMERAL}次)?\\p{Script=Han}{0,12}?(?:代表大会|大会|会议|博览会|订货会|交易会|运动会|论坛)`,
  'gu',
);
const TYPHOON =
  /(?:强)?台风[“"「]?(\p{Script=Han}{2,4})[”"」]?(?=\P{Script=Han}|登陆|过境|影响|期间|来袭)/gu;
const MAX_LENGTH = 24;

export function findEvents(
  text: string,
  tokens: TaggedToken[],
  lexicon: EventLexicon,
  isPlaceAt: (start: number, end: number) => boolean,
): EventMention[] {
  const found: EventMention[] = [...nationalCongresses(text)];
  if (CONGRESS_ENDING.test(text))
    for (const m of text.matchAll(PROVINCIAL_CONGRESS)) {
      found.push({ start: m.index, end: m.index + m[0].length, name: `${m[1]}第${m[2]}次党代会` });
    }
  for (const shape of [PLENUM, NATIONAL_PLENUM, NUMBERED_SESSION])
    for (const m of text.matchAll(shape))
      found.push({ start: m.index, end: m.index + m[0].length, name: m[0] });
  for (const m of text.matchAll(TYPHOON)) {
    found.push({ start: m.index, end: m.index + m[0].length, name: `台风${m[1]}` });
  }
  for (const name of lexicon.names) {
    for (const at of occurrences(text, name)) {
      found.push({ start: at, end: at + name.length, name });
    }
  }
  for (const suffix of lexicon.suffixes) {
    const campaign = lexicon.campaignSuffixes.includes(suffix);
    for (const at of occurrences(text, suffix)) {
      const quoted = quotedHead(text, at, suffix);
      const phrase = quoted
        ? undefined
        : extendLeft(text, tokens, at, at + suffix.length, MAX_LENGTH, isPlaceAt, false);
      // A meeting needs more than one word before its ending (专题座谈会 is no name); a campaign does not.
      if (phrase && phrase.words < 2 && !phrase.hasProperPart && !campaign) continue;
      const named = quoted ?? phrase;
      if (!named || named.text.length <= suffix.length) continue;
      let { start } = named;
      let name = named.text.replace(/[“”"「」]/g, '');
      // Campaigns are the party's, whatever scope the text gives them (全省党史学习教育 → 党史学习教育).
      const scope = campaign ? lexicon.scopes.find((s) => name.startsWith(s)) : undefined;
      if (scope) {
        start += scope.length;
        name = name.slice(scope.length);
      }
      if (text.slice(start - 2, start) === '党的') {
        start -= 2;
        name = '党的' + name;
      }
      found.push({ start, end: named.end, name });
    }
  }
  return found;
}

/**
 * 党的二十大 and 二十大, named as the document names the congress most often (a
 * bare 十大 is "ten major …", not the Tenth Congress).
 */
function nationalCongresses(text: string): EventMention[] {
  const matches = [...text.matchAll(NATIONAL_CONGRESS)].filter((m) => m[1] || m[2] !== '十');
  const written = new Map<string, Map<string, number>>();
  for (const m of matches) {
    const forms = written.get(m[2]) ?? new Map<string, number>();
    forms.set(m[0], (forms.get(m[0]) ?? 0) + 1);
    written.set(m[2], forms);
  }
  const nameOf = (number: string) => {
    const forms = [...(written.get(number) ?? new Map<string, number>())];
    // Ties go to the full form (党的二十大).
    forms.sort((a, b) => b[1] - a[1] || b[0].length - a[0].length);
    return forms[0]?.[0] ?? `党的${number}大`;
  };
  return matches.map((m) => ({ start: m.index, end: m.index + m[0].length, name: nameOf(m[2]) }));
}

/** “不忘初心、牢记使命”主题教育: a quoted name right before the suffix. */
function quotedHead(
  text: string,
  at: number,
  suffix: string,
): { start: number; end: number; text: string } | undefined {
  if (text[at - 1] !== '”') return undefined;
  const open = text.lastIndexOf('“', at - 1);
  if (open < 0 || at - open > 16 || /[。，！？\n]/.test(text.slice(open, at))) return undefined;
  return { start: open, end: at + suffix.length, text: text.slice(open, at + suffix.length) };
}
