/**
 * Programs on sentences written for these tests (none from the reports), including
 * quoted words that must give no program.
 */
import { buildDocument } from '../ingest/build-document';
import { extractDocument } from '.';

const programs = (text: string): string[] =>
  extractDocument(buildDocument('sample.txt', Buffer.from(text, 'utf8')))
    .entities.filter((e) => e.type === 'Program')
    .map((e) => e.name);

describe('programs', () => {
  it('joins a suffix written after the quotes, and takes a name ending in a marker word', () => {
    expect(programs('黟县推行“三联三帮”帮扶机制，总结出“碧阳经验”。').sort()).toEqual(
      ['三联三帮帮扶机制', '碧阳经验'].sort(),
    );
  });

  it('takes no program from quoted words that modify another noun or a phrase with 的', () => {
    expect(programs('社区建立了“和睦邻里”微信群。')).toEqual([]);
    expect(programs('形成“户户有活干、人人有钱赚”的新机制。')).toEqual([]);
  });

  it('takes no program from a plain word quoted twice or a phrase opening with 一 or 第', () => {
    expect(programs('他从“二把手”到“一把手”，又当了“二把手”。')).toEqual([]);
    expect(programs('群众诉求都被列为“第一优先级”。')).toEqual([]);
  });

  it('joins suffixes that follow one another after the quotes', () => {
    expect(programs('青石村今年启动“坡地改梯”工程项目。')).toEqual(['坡地改梯工程项目']);
  });

  it('takes no program from a repeated label for people or places', () => {
    expect(programs('大家叫他们“守山干部”。“守山干部”每天进山巡查。')).toEqual([]);
    expect(programs('“云上村庄”游客多。人们爱来“云上村庄”避暑。')).toEqual([]);
  });

  it('takes a label for people as a program where a marker word follows it', () => {
    expect(programs('村里每月开展“勤廉党员”评选。')).toEqual(['勤廉党员']);
  });

  it('takes every item of a list that shares a bare program suffix', () => {
    expect(programs('黟县深入实施清源工程、溯流工程、走访工程，成效明显。').sort()).toEqual(
      ['清源工程', '溯流工程', '走访工程'].sort(),
    );
  });

  it('takes no list item without the suffix of the program before it', () => {
    expect(programs('黟县深入实施清源工程、溯流行动，成效明显。')).toEqual(['清源工程']);
  });
});
