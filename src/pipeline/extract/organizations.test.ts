/**
 * Organizations and media outlets on sentences written for these tests (none from
 * the reports), including shapes that must give nothing.
 */
import { buildDocument } from '../ingest/build-document';
import type { DocumentGraph, EntityType } from '../../types/graph';
import { extractDocument } from '.';
import { OutletFinder } from './outlets';

const finder = new OutletFinder(
  ['日报', '晨报', '在线', '新闻网', '网', '社', '报'],
  ['记者', '编辑'],
);

function extract(text: string): DocumentGraph {
  return extractDocument(buildDocument('sample.txt', Buffer.from(text, 'utf8')));
}

const namesOf = (g: DocumentGraph, type: EntityType) =>
  g.entities.filter((e) => e.type === type).map((e) => e.name);
const outletNames = (text: string) => [...new Set(finder.find(text).map((o) => o.name))];

describe('outlets', () => {
  it('reads an outlet from a dateline, with or without a place before the date', () => {
    expect(outletNames('皖南在线3月5日讯（皖南在线记者 程远）黟县开展巡河。')).toEqual([
      '皖南在线',
    ]);
    expect(outletNames('江淮网 合肥4月1日电 题：一条河的变化')).toEqual(['江淮网']);
  });

  it('reads an outlet from a source line, up to the next label', () => {
    expect(outletNames('2023-04-01 来源：徽州晨报编辑：汪琳')).toEqual(['徽州晨报']);
  });

  it('reads the first item of a breadcrumb and the title of a periodical issue', () => {
    expect(outletNames('当前位置 黄山新闻网 > 要闻 > 正文')).toEqual(['黄山新闻网']);
    expect(outletNames('皖南党员 2021年第3期\n正文')).toEqual(['皖南党员']);
  });

  it('reads an outlet from a footer', () => {
    expect(outletNames('正文完。\n徽州晨报社 版权所有 2023')).toEqual(['徽州晨报社']);
  });

  it('takes no outlet from the outlet of the report itself or from a plain sentence', () => {
    expect(outletNames('本报讯（本报记者 程远）黟县开展巡河。')).toEqual([]);
    expect(outletNames('近日记者从县里了解到，黟县新建了三座桥。')).toEqual([]);
    expect(outletNames('来源：sp20230401')).toEqual([]);
  });

  it('reads an outlet named before its reporter in running text, without the verb before it', () => {
    const g = extract('果农告诉黄山晨报记者，今年的桃子卖得很好。');
    expect(namesOf(g, 'Organization')).toEqual(['黄山晨报']);
  });

  it("keeps the place in an outlet's name out of the report's places", () => {
    const g = extract('安徽在线3月5日讯（安徽在线记者 程远）黟县宏村镇开展巡河。');
    expect(namesOf(g, 'Organization')).toContain('安徽在线');
    expect(namesOf(g, 'Province')).toEqual([]);
  });
});

describe('organizations', () => {
  it('keeps the legal form after 集团 and drops a preposition before the name', () => {
    const g = extract('据黄山徽韵茶业集团有限公司介绍，今年春茶产量增长。');
    expect(namesOf(g, 'Organization')).toEqual(['黄山徽韵茶业集团有限公司']);
  });

  it('starts a name after a word inside it that cannot open one', () => {
    const g = extract('本报记者会同合肥明华书店员工赠书。');
    expect(namesOf(g, 'Organization')).toEqual(['合肥明华书店']);
  });

  it('reads a quoted site of a program named on its own as a body, not a program', () => {
    const g = extract('走进黟县碧阳镇“青峰·共富工坊”，村民们在忙碌。全省建成“共富工坊”五百家。');
    expect(namesOf(g, 'Organization')).toEqual(['青峰·共富工坊']);
    expect(namesOf(g, 'Program')).not.toContain('青峰·共富工坊');
  });

  it('takes no site from paired names when neither part is quoted alone', () => {
    const g = extract('嘉善推出“红动禾城·品质嘉善”争创行动。');
    expect(namesOf(g, 'Organization')).toEqual([]);
  });
});
