/**
 * News outlets where the text shows one: a dateline (某某网讯, 某某社某地8月16日电),
 * a byline role right after the name (某某日报记者), a source label (来源：某某),
 * a paper's or magazine's masthead (某某 数字报纸, 某某 2018年5期) or its footer (某某报社版权所有),
 * 据某某报道, the first item of a breadcrumb (某某网 > 新闻) and the name after a header's time. "本报" and
 * "本刊" name no outlet. Bylines hold their posts at these (relations/bylines.ts).
 */
export interface OutletMention {
  start: number;
  end: number;
  name: string;
}

const HAN = String.raw`\p{Script=Han}`;
/** Words that say "this outlet" without naming it. */
const UNNAMED = /^(本报|本刊|本台|本网|本站)/;

/**
 * A pattern, and words one of which every match of it holds when the pattern opens on
 * a run of any characters: such a pattern is tried at every character of the text, so
 * a text without any of the words is not scanned at all.
 */
interface OutletPattern {
  re: RegExp;
  needs?: string[];
}

function patterns(suffixes: string[], roles: string[]): OutletPattern[] {
  const suffix = `(?:${suffixes.join('|')})`;
  const name = `(${HAN}{1,12}?${suffix})`;
  const role = `(?:${roles.join('|')})`;
  return [
    // Dateline at a paragraph's start: 某某网讯, 新华社哈尔滨8月16日电, 某省在线11月28日讯.
    {
      re: new RegExp(
        String.raw`(?:^|\n)[\s【\[]*${name}\s*(?:${HAN}{2,6})?\s*(?:\d{1,2}月\d{1,2}日)?(?:电|讯)`,
        'gu',
      ),
    },
    // 来源：某某 (up to a role or white space).
    { re: new RegExp(String.raw`来源[:：]\s*${name}(?=${role}|[\s|｜,，。)）]|$)`, 'gu') },
    // 某省日报记者 某某 (a short name, delimited before).
    { re: new RegExp(String.raw`(?:^|[\s(（])(${HAN}{1,6}?${suffix})(?=${role})`, 'gu') },
    // Mastheads: 某某 数字报纸, a magazine's issue line 某某 2018年5期; footers: 某某报社版权所有.
    { re: new RegExp(String.raw`(?:^|\n)\s*(${HAN}{2,8})\s*(?:数字报纸|数字报|电子报)`, 'gu') },
    {
      re: new RegExp(String.raw`(?:^|\n)\s*(${HAN}{2,10})\s*\d{4}\s*年\s*第?\s*\d{1,2}\s*期`, 'gu'),
    },
    { re: new RegExp(String.raw`${name}\s*版权所有`, 'gu'), needs: ['版权所有'] },
    // Reported by: 据某某报道, 据某某消息.
    { re: new RegExp(String.raw`据(${HAN}{1,10}?${suffix})(?:报道|消息)`, 'gu') },
    // The first item of a breadcrumb (某某网 > 新闻 > 正文), or the name after a header's time.
    {
      re: new RegExp(
        String.raw`(?:^|\n)(?:[^>›\n]*[ \t\u3000:：])?(${HAN}{1,10}?${suffix})[ \t\u3000]*[>›]`,
        'gu',
      ),
      needs: ['>', '›'],
    },
    {
      re: new RegExp(
        String.raw`\d{1,2}:\d{2}(?::\d{2})?[ \t\u3000]+(${HAN}{1,10}?${suffix})[ \t\u3000]*(?=\n|$)`,
        'gu',
      ),
    },
  ];
}

export class OutletFinder {
  private readonly patterns: OutletPattern[];

  constructor(suffixes: string[], roles: string[]) {
    this.patterns = patterns(suffixes, roles);
  }

  find(text: string): OutletMention[] {
    const found: OutletMention[] = [];
    for (const { re, needs } of this.patterns) {
      if (needs && !needs.some((n) => text.includes(n))) continue;
      for (const m of text.matchAll(re)) {
        const name = m[1];
        if (UNNAMED.test(name)) continue;
        const start = (m.index ?? 0) + m[0].indexOf(name);
        found.push({ start, end: start + name.length, name });
      }
    }
    return found;
  }
}
