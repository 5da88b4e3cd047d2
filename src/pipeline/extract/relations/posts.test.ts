/**
 * Posts and bylines, on sentences written for these tests (none from the sample or
 * dev reports), one per shape; their status and span are tested in post-time.test.ts.
 */
import { buildDocument } from '../../ingest/build-document';
import type { DocumentGraph, Relation } from '../../../types/graph';
import { extractDocument } from '..';
import { extractRelations } from '.';

function posts(text: string): Relation[] {
  const doc = buildDocument('sample.txt', Buffer.from(text, 'utf8'));
  const g: DocumentGraph = extractRelations(doc, extractDocument(doc));
  return g.relations.filter((r) => r.type === 'HOLDS_POSITION');
}

const summary = (r: Relation) =>
  [`${r.head}→${r.tail}`, r.title, r.status, r.since ?? '', r.until ?? ''].join(' ');

describe('post shapes', () => {
  it('gives a post named by its level to the place of that level written before', () => {
    expect(posts('在岳西县莲云乡腾云村，村党支部书记储怀宇正忙着修路。').map(summary)).toEqual([
      '储怀宇→腾云村 村党支部书记 current  ',
    ]);
  });

  it('gives a post named by an organization kind to that organization', () => {
    expect(
      posts('皖江明珠纺织有限公司召开年会。公司党委书记、董事长骆振华作了报告。').map(summary),
    ).toEqual(['骆振华→皖江明珠纺织有限公司 党委书记、董事长 current  ']);
  });

  it('gives a bare post in a text about an organization to that organization', () => {
    expect(
      posts(
        '皖江明珠纺织有限公司召开年会。公司董事长骆振华作了报告。\n会议由党委委员、副总经理侯敏主持。',
      ).map(summary),
    ).toEqual([
      '骆振华→皖江明珠纺织有限公司 董事长 current  ',
      '侯敏→皖江明珠纺织有限公司 党委委员、副总经理 current  ',
    ]);
  });

  it('gives the later clauses of a sentence to its subject', () => {
    expect(
      posts('郝清泉2008年进入村委会，2014年任潜山市源潭镇黄铺村党支部书记。').map(summary),
    ).toEqual(['郝清泉→黄铺村 党支部书记 current 2014 ']);
  });

  it('hands out posts one each after 分别', () => {
    expect(
      posts('调整涉及两人：甘志远、柯慧敏。本次任命前分别任太湖县委书记、望江县委书记。').map(
        summary,
      ),
    ).toEqual(['甘志远→太湖县 县委书记 former  ', '柯慧敏→望江县 县委书记 former  ']);
  });

  it('shares a post written once after a list of short place names', () => {
    expect(
      posts('安庆市调整涉及两人：甘志远、柯慧敏。本次任命前分别任宿松、望江两县县委书记。').map(
        summary,
      ),
    ).toEqual(['甘志远→宿松县 县委书记 former  ', '柯慧敏→望江县 县委书记 former  ']);
    // Levels written as alternatives take each place's own level.
    expect(
      posts('安庆市调整涉及两人：甘志远、柯慧敏。本次任命前分别任桐城、宿松县（市）委书记。').map(
        summary,
      ),
    ).toEqual(['甘志远→桐城市 市委书记 former  ', '柯慧敏→宿松县 县委书记 former  ']);
  });

  it('reads the posts left after 从 and the posts taken after the verb', () => {
    expect(
      posts(
        '安庆市宣布：甘志远、柯慧敏分别从宿松、望江两县的县委书记调任为桐城、潜山两市的市委书记。',
      ).map(summary),
    ).toEqual([
      '甘志远→宿松县 县委书记 former  ',
      '柯慧敏→望江县 县委书记 former  ',
      '甘志远→桐城市 市委书记 current  ',
      '柯慧敏→潜山市 市委书记 current  ',
    ]);
    expect(posts('大会宣布：柯慧敏从迎江区区长任宿松县委书记。').map(summary)).toEqual([
      '柯慧敏→迎江区 区长 former  ',
      '柯慧敏→宿松县 县委书记 current  ',
    ]);
  });

  it('gives 公司 posts to the company, not to a group named beside it', () => {
    expect(
      posts(
        '公司党委书记骆振华出席。会议宣读《皖江明珠集团有限公司关于表彰的决定》和《皖江明珠纺织有限公司关于表彰的决定》。',
      ).map(summary),
    ).toEqual(['骆振华→皖江明珠纺织有限公司 党委书记 current  ']);
  });

  it('gives a post described by a clause (甲镇分包乙村的干部) to the first body', () => {
    expect(posts('潜山市源潭镇分包黄铺村的干部储怀宇介绍，村里种了花生。').map(summary)).toEqual([
      '储怀宇→源潭镇 分包黄铺村的干部 current  ',
    ]);
  });

  it('gives a post named by its level to the body the other posts of the sentence name', () => {
    expect(
      posts(
        '郝清泉是潜山市源潭镇前进村人。郝清泉2010年任村监委会主任，2011年任黄铺村支部书记。',
      ).map(summary),
    ).toEqual(['郝清泉→黄铺村 村监委会主任、村支部书记 current 2010 ']);
  });

  it('gives no post for 各县委书记, a post of many bodies', () => {
    expect(
      posts(
        '柯慧敏是迎江区人。除郝清泉是2015年担任太湖县委书记外，其余6人皆于2016年开始担任各县（市、区）委书记。',
      ).map(summary),
    ).toEqual(['郝清泉→太湖县 县委书记 current 2015 ']);
  });
});

describe('bylines', () => {
  it('gives byline journalists their role at the outlet of the dateline', () => {
    expect(
      posts('安徽在线3月2日讯（记者 龚晓婷 方志超）昨天，桐城市召开大会。').map(summary),
    ).toEqual(['龚晓婷→安徽在线 记者 current  ', '方志超→安徽在线 记者 current  ']);
  });

  it('reads the outlet written before the role', () => {
    expect(posts('皖南日报记者 邰雨晴\n近日，泾县召开大会。').map(summary)).toEqual([
      '邰雨晴→皖南日报 记者 current  ',
    ]);
  });

  it('reads names after a role and a slash, parted by spaces', () => {
    expect(
      posts('皖南日报 2018年5期\n本刊记者/龚晓婷 方志超 通讯员/邰雨晴\n近日，泾县召开大会。').map(
        summary,
      ),
    ).toEqual([
      '龚晓婷→皖南日报 记者 current  ',
      '方志超→皖南日报 记者 current  ',
      '邰雨晴→皖南日报 通讯员 current  ',
    ]);
  });

  it('gives no post where the outlet is unnamed', () => {
    expect(posts('本报讯（记者 龚晓婷）昨天，桐城市召开大会。')).toEqual([]);
  });
});
