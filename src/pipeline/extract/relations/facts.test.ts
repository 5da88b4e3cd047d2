/**
 * Facts on sentences written for these tests (none from the reports): which
 * numbers are statistics and whom they are said of.
 */
import { buildDocument } from '../../ingest/build-document';
import type { DocumentGraph } from '../../../types/graph';
import { extractDocument } from '..';
import { extractRelations } from '.';

function extract(text: string): DocumentGraph {
  const doc = buildDocument('sample.txt', Buffer.from(text, 'utf8'));
  return extractRelations(doc, extractDocument(doc));
}

const factsOf = (text: string) =>
  extract(text).facts.map((f) => [f.subject, f.value, f.unit, Boolean(f.approx)]);

describe('which numbers are statistics', () => {
  it('reads 口人 as people and 块钱 as yuan', () => {
    expect(factsOf('村民汪建平一家6口人，去年赚了3万多块钱。')).toEqual([
      ['汪建平', 6, '人', false],
      ['汪建平', 30000, '元', true],
    ]);
  });

  it('takes no address, range or pointed-back count', () => {
    expect(factsOf('黟县的村民搬进了幸福小区3栋，住在8幢2单元。')).toEqual([]);
    expect(factsOf('黟县每个乡镇组建了3-4个合作社，租金一年300至400元。')).toEqual([]);
    expect(factsOf('黟县选出了汪建平和程远，这2人都是党员。')).toEqual([]);
    expect(factsOf('黟县给村民每人发了5斤大米、2斤油。')).toEqual([]);
    expect(factsOf('黟县修建了一条长800米的水渠，形成了1条示范带。')).toEqual([]);
    expect(factsOf('黟县表彰了汪建平、程远等2人。')).toEqual([]);
  });

  it('reads a bare 百 or 千 only as a count of 个 or after a word of size', () => {
    expect(factsOf('黟县建成千亩茶园，评出百名好支书。')).toEqual([]);
    expect(factsOf('黟县吸纳了近百名劳动力，命名百个示范点。')).toEqual([
      ['黟县', 100, '名', true],
      ['黟县', 100, '个', false],
    ]);
  });
});

describe('whom a figure is said of', () => {
  it('gives no figure to the journalist of a byline or a photo credit', () => {
    const text = '皖南在线讯（记者 程远）村民每月领到养老金600元。\n\n村民在广场跳舞。记者 程远 摄';
    expect(factsOf(text)).toEqual([]);
  });

  it('gives a count of named places to the subject, not to the places counted', () => {
    expect(factsOf('黟县宏村镇建成了塔川村、卢村2个产业园。')).toEqual([
      ['宏村镇', 2, '个', false],
    ]);
  });

  it('gives a person a count of people only as a household, and no length', () => {
    expect(factsOf('黟县村民汪建平带领15名村民修建了800米道路。')).toEqual([
      ['黟县', 15, '名', false],
      ['黟县', 800, '米', false],
    ]);
  });

  it('carries the subject a sentence opens with to the next one that names none', () => {
    expect(
      factsOf('宏村镇游客多。宏村镇风景好。\n坚持党建引领，黟县大力发展民宿。建立了120个党小组。'),
    ).toEqual([['黟县', 120, '个', false]]);
  });

  it('reads 村集体 and 村里 as the village named last, not the county', () => {
    const text = '黟县宏村镇塔川村风景秀丽，村民汪建平说，去年村集体经济收入达80万元。';
    expect(factsOf(text)).toEqual([['塔川村', 800000, '元', false]]);
  });

  it('gives a figure to the place the clause before it opens with', () => {
    expect(factsOf('黟县宏村镇海拔300米，而黟县碧阳镇地处县城，海拔200米。')).toEqual([
      ['宏村镇', 300, '米', false],
      ['碧阳镇', 200, '米', false],
    ]);
  });

  it('gives no figure to a person when a relative is named before it', () => {
    expect(factsOf('村民汪建平今年60岁，他的孙女12岁。')).toEqual([['汪建平', 60, '岁', false]]);
    expect(factsOf('村民汪建平种茶，儿媳在超市工作，每月收入3000元。')).toEqual([]);
  });

  it('gives a figure no holder named when the topic is named only once', () => {
    const once = '村民们说，黟县的风景很好，游客也多。\n\n今年建成了120个党小组。';
    expect(factsOf(once)).toEqual([]);
    const often =
      '村民们说，黟县的风景很好，黟县的游客也多，黟县的民宿也多。\n\n今年建成了120个党小组。';
    expect(factsOf(often)).toEqual([['黟县', 120, '个', false]]);
  });
});

describe('the year of a figure', () => {
  it('dates a figure after 目前 or 现在 to the publication year', () => {
    const g = extract('发布时间：2023-03-02\n\n2015年，黟县有民宿200家，目前已有民宿800家。');
    expect(g.facts.map((f) => [f.subject, f.value, f.year])).toEqual([
      ['黟县', 200, 2015],
      ['黟县', 800, 2023],
    ]);
  });
});
