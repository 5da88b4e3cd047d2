/**
 * Places on sentences written for these tests (none from the reports): villages the
 * division list lacks, known by what follows them, words before 村 that are no
 * names, and the province-level units outside the statistical list.
 */
import { buildDocument } from '../ingest/build-document';
import type { DocumentGraph } from '../../types/graph';
import { extractDocument } from '.';

const extract = (text: string): DocumentGraph =>
  extractDocument(buildDocument('sample.txt', Buffer.from(text, 'utf8')));

const villages = (text: string): string[] =>
  extract(text)
    .entities.filter((e) => e.type === 'Village')
    .map((e) => e.name);

describe('written forms of divisions', () => {
  it('reads an autonomous county by its stem and unit, and 畬 for 畲', () => {
    const g = extract('玉溪市峨山县的干部来到丽水市莲都区老竹畬族镇调研。');
    const names = g.entities.map((e) => [e.name, e.adminCode]);
    expect(names).toContainEqual(['峨山彝族自治县', '530426']);
    expect(names).toContainEqual(['老竹畲族镇', '331102103']);
  });
});

describe('short forms', () => {
  it('reads no place in a short form that opens an institution name', () => {
    const g = extract('他毕业于南湖大学，现在黄山市黟县工作。');
    expect(g.entities.filter((e) => e.type === 'County').map((e) => e.name)).toEqual(['黟县']);
  });
});

describe('short forms in running text', () => {
  const placesOf = (text: string) =>
    extract(text)
      .entities.filter((e) => ['Province', 'City', 'County'].includes(e.type))
      .map((e) => [e.name, e.adminCode]);

  it('reads none in a short form that opens a hotel or publisher name', () => {
    expect(placesOf('他的妻子在湖北银杏宾馆工作。')).toEqual([]);
  });

  it('reads none in a short form that is an everyday word', () => {
    expect(placesOf('文章论述了国有企业振兴之路。')).toEqual([]);
  });

  it('takes a bare short form for the city or province rather than a county of that name', () => {
    expect(placesOf('他先后在长沙、武汉工作，后来到吉林。')).toEqual([
      ['长沙市', '4301'],
      ['武汉市', '4201'],
      ['吉林省', '22'],
    ]);
  });

  it('reads a short form that jieba joins with 地区', () => {
    expect(placesOf('活动仅限上海地区的居民参加。')).toEqual([['上海市', '31']]);
  });
});

describe('provinces outside the statistical list', () => {
  it('names 台湾, 香港 and 澳门 canonically, with their codes', () => {
    const g = extract('来自香港和澳门的青年到台湾交流，台湾省的学者也来了。');
    const provinces = g.entities.filter((e) => e.type === 'Province');
    expect(provinces.map((e) => [e.name, e.adminCode]).sort()).toEqual(
      [
        ['台湾省', '71'],
        ['香港特别行政区', '81'],
        ['澳门特别行政区', '82'],
      ].sort(),
    );
  });
});

describe('villages', () => {
  it('reads a village the list lacks from its party branch, and finds it where it recurs', () => {
    const found = villages('2019年，他任榉溪坞村党支部书记。榉溪坞村地处山区，交通不便。');
    expect(found).toEqual(['榉溪坞村']);
  });

  it('reads bare names listed before their count and unit as villages of the list', () => {
    const g = extract('黟县碧阳镇的横岗、马道、深冲三村都种茶。');
    const found = g.entities.filter((e) => e.type === 'Village').map((e) => [e.name, e.adminCode]);
    expect(found).toEqual([
      ['横岗村', '341023100200'],
      ['马道村', '341023100201'],
      ['深冲村', '341023100202'],
    ]);
  });

  it('reads no villages from a list its count does not match', () => {
    expect(villages('黟县碧阳镇的横岗、马道、深冲两个村都种茶。')).toEqual([]);
  });

  it('reads a unit the list lacks after its town, but no phrase or organ after a county', () => {
    expect(villages('黟县碧阳镇星光楼宇社区党支部成立。')).toEqual(['星光楼宇社区']);
    const types = (text: string) => extract(text).entities.map((e) => e.type);
    expect(types('黟县推行乡、村两级事务公开。')).toEqual(['County']);
    expect(types('中共黟县委关于加强乡（镇）村事务公开的意见。')).toEqual(['County']);
    expect(villages('二是对村两委拟定的各项内容进行审核。')).toEqual([]);
  });

  it('takes no verb, particle or pronoun before 村 for a name', () => {
    expect(villages('他成了村两委干部，带领大家扩大村集体收入。')).toEqual([]);
    expect(villages('城市和农村都要发展，这个村党支部很有干劲。')).toEqual([]);
  });
});
