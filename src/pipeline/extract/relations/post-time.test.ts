/**
 * When posts are held (status, since, until), on appointment notices and career
 * texts written for these tests (none from the sample or dev reports): each dated
 * 2023-06-15 in its header, one shape each, with the posts and spans expected.
 */
import { buildDocument } from '../../ingest/build-document';
import type { DocumentGraph, Relation } from '../../../types/graph';
import { extractDocument } from '..';
import { extractRelations } from '.';
import { postSpan } from './post-time';

const HEADER = '标题\n2023年6月15日 来源：本报\n';

function posts(body: string): Relation[] {
  const doc = buildDocument('sample.txt', Buffer.from(HEADER + body, 'utf8'));
  const g: DocumentGraph = extractRelations(doc, extractDocument(doc));
  return g.relations.filter((r) => r.type === 'HOLDS_POSITION');
}

const span = (r: Relation) => `${r.head}→${r.tail} ${r.status} ${r.since ?? ''}..${r.until ?? ''}`;

describe('post status', () => {
  it('marks 时任 and 曾任 posts former, others current', () => {
    expect(posts('时任安庆市委书记的龙铁军和宿松县县长韩立春一同到场。').map(span)).toEqual([
      '龙铁军→安庆市 former ..',
      '韩立春→宿松县 current ..',
    ]);
  });

  it('marks 拟任 posts designate', () => {
    expect(
      posts('经研究，拟任桐城市委书记的候选人为施鸿亮。施鸿亮，拟任桐城市委书记。').map(span),
    ).toContain('施鸿亮→桐城市 designate ..');
  });
});

describe('post span', () => {
  it('reads a range before the post (2005年至2012年任, 1998.03至2003.11任职)', () => {
    const around = {
      after: '',
      takenUp: true,
      left: false,
      sentenceBefore: '',
      earlier: '',
    };
    expect(postSpan({ ...around, before: '2005年至2012年任' })).toEqual({
      since: '2005',
      until: '2012',
    });
    expect(postSpan({ ...around, before: '1998.03至2003.11任职' })).toEqual({
      since: '1998-03',
      until: '2003-11',
    });
  });

  it.each([
    [
      'a career: a range, then a post taken up since (2012年起任), still held',
      '王海涛，1968年3月出生，1990年7月参加工作，1995年入党。2005年至2012年任修水县黄港镇龙泉峰村村委会主任，2012年起任龙泉峰村党支部书记。',
      ['王海涛→龙泉峰村 current 2005..'],
    ],
    [
      'a résumé of dotted ranges, each post ended, then one held',
      '罗振东，男，汉族，1975年11月生。1998.07—2003.12 任石台县仁里镇副镇长；2004.01—2011.06 任石台县仁里镇镇长；2011.06起任石台县副县长。',
      ['罗振东→仁里镇 former 1998-07..2011-06', '罗振东→石台县 current 2011-06..'],
    ],
    [
      'the date of the clause that takes up the post, not of service before it',
      '罗振东1992年参军，1996年退伍后回到家乡，2002年当选宜丰县潭山镇车田村村委会主任，2008年任村党支部书记至今。',
      ['罗振东→车田村 current 2002..'],
    ],
    [
      'joining the ranks of a post (加入村委干部行列) starts the merged post',
      '王海涛自2005年开始，加入村委干部行列，2010年任宜丰县潭山镇车田村村监委会主任，2011年任车田村党支部书记。',
      ['王海涛→车田村 current 2005..'],
    ],
    [
      'a date opening the sentence (2019年5月，某某任…)',
      '2019年5月，何晓岚任铜鼓县大塅镇石桥村党支部书记。',
      ['何晓岚→石桥村 current 2019-05..'],
    ],
    [
      '去年 against the article date',
      '何晓岚去年当选铜鼓县大塅镇石桥村党支部书记。',
      ['何晓岚→石桥村 current 2022..'],
    ],
    [
      '自…以来',
      '王海涛自2016年担任武宁县石渡乡新庄村党支部书记以来，带领村民发展茶叶。',
      ['王海涛→新庄村 current 2016..'],
    ],
    [
      '自…以来一直是: a start marked with no take-up verb',
      '何晓岚自2016年以来一直是铜鼓县大塅镇石桥村党支部书记。',
      ['何晓岚→石桥村 current 2016..'],
    ],
    [
      '任职以来 after a post taken up in a year',
      '汪志强2018年起担任宜丰县潭山镇车田村党支部书记。任职以来，他带领村民修路。',
      ['汪志强→车田村 current 2018..'],
    ],
    [
      '上任三年来 in a later sentence, against the article date',
      '何晓岚是铜鼓县大塅镇石桥村党支部书记。何晓岚上任三年来，村里修通了公路。',
      ['何晓岚→石桥村 current 2020..'],
    ],
    [
      '她上任五年来: the person of the sentence before',
      '何晓岚是铜鼓县大塅镇石桥村党支部书记。她上任五年来，带领村民种茶。',
      ['何晓岚→石桥村 current 2018..'],
    ],
    [
      '担任…已有十年',
      '曹文斌担任宜丰县潭山镇车田村党支部书记已有十年。他上任以后，村里修了路。',
      ['曹文斌→车田村 current 2013..'],
    ],
    [
      'one date for a list of appointments (2021年1月，甲任…，乙任…)',
      '2021年1月，王海涛任青阳县委书记，何晓岚任石台县县长。',
      ['王海涛→青阳县 current 2021-01..', '何晓岚→石台县 current 2021-01..'],
    ],
    [
      'one date for appointments parted by semicolons',
      '2022年3月，经研究决定：王海涛任沅陵县副县长；何晓岚任青阳县副县长；罗振东任石台县副县长。',
      [
        '王海涛→沅陵县 current 2022-03..',
        '何晓岚→青阳县 current 2022-03..',
        '罗振东→石台县 current 2022-03..',
      ],
    ],
    [
      'a group date (其余两人均于…开始担任各县县长) for the others named before',
      '王海涛、何晓岚、罗振东此前分别任沅陵县县长、青阳县县长、石台县县长。除王海涛是2017年开始担任沅陵县县长外，其余两人均于2019年3月开始担任各县县长。',
      [
        '王海涛→沅陵县 current 2017..',
        '何晓岚→青阳县 current 2019-03..',
        '罗振东→石台县 current 2019-03..',
      ],
    ],
    [
      'an appointment notice: birth and 参加工作 dates date nothing, 拟任 has no dates',
      '现将拟任职干部情况公示如下：\n何晓岚，女，1978年9月生，2001年8月参加工作，现任沅陵县副县长，拟任青阳县县委副书记。\n罗振东，男，1975年11月生，1997年7月参加工作，2016年9月起任石台县副县长，拟任东至县县长。',
      [
        '何晓岚→沅陵县 current ..',
        '何晓岚→青阳县 designate ..',
        '罗振东→石台县 current 2016-09..',
        '罗振东→东至县 designate ..',
      ],
    ],
    [
      '三年前 against the article date',
      '三年前，何晓岚当选铜鼓县大塅镇石桥村党支部书记。',
      ['何晓岚→石桥村 current 2020..'],
    ],
    [
      '2019年上任后 in a later sentence',
      '何晓岚是铜鼓县大塅镇石桥村党支部书记。她2019年上任后，村里修通了公路。',
      ['何晓岚→石桥村 current 2019..'],
    ],
    [
      'a notice’s 任现职 date for the post held (现任…（2018年3月任现职）)',
      '王海涛，男，1972年8月出生，1994年7月参加工作，现任沅陵县副县长（2018年3月任现职），拟任青阳县县委副书记。',
      ['王海涛→沅陵县 current 2018-03..', '王海涛→青阳县 designate ..'],
    ],
    [
      'a group date for the posts held (以上两人均于…起任现职)',
      '何晓岚任沅陵县副县长，罗振东任青阳县副县长。以上两人均于2020年1月起任现职。',
      ['何晓岚→沅陵县 current 2020-01..', '罗振东→青阳县 current 2020-01..'],
    ],
    [
      '至今: still held',
      '何晓岚从2010年起担任铜鼓县大塅镇石桥村党支部书记至今。',
      ['何晓岚→石桥村 current 2010..'],
    ],
    [
      'an end after the post (，直到2018年退休)',
      '何晓岚2005年起担任铜鼓县大塅镇石桥村党支部书记，直到2018年退休。',
      ['何晓岚→石桥村 former 2005..2018'],
    ],
    [
      '卸任: the date ends the post',
      '2020年，何晓岚卸任铜鼓县大塅镇石桥村党支部书记，回家务农。',
      ['何晓岚→石桥村 former ..2020'],
    ],
    [
      'a date opening a list of appointments, one a line',
      '2021年1月，经县委研究决定：\n何晓岚任沅陵县副县长；\n罗振东任青阳县副县长。',
      ['何晓岚→沅陵县 current 2021-01..', '罗振东→青阳县 current 2021-01..'],
    ],
    [
      'a move (从…调任) ends the post left and starts the one taken',
      '2016年11月，何晓岚从沅陵县副县长调任青阳县县长。',
      ['何晓岚→沅陵县 former ..2016-11', '何晓岚→青阳县 current 2016-11..'],
    ],
    [
      '同年10月: the year of the sentence before',
      '2015年，何晓岚回到家乡。同年10月，她当选铜鼓县大塅镇石桥村党支部书记。',
      ['何晓岚→石桥村 current 2015-10..'],
    ],
    [
      '从这天起: the date of the sentences before',
      '2022年5月的大塅镇，雨水刚过。何晓岚背着行囊，站在石桥村的村口。从这天起，她担任铜鼓县大塅镇石桥村驻村第一书记。',
      ['何晓岚→石桥村 current 2022-05..'],
    ],
    [
      '时任 with the sentence’s date: held then, not taken up then',
      '2015年，时任武宁县县长的曹文斌来到村里调研。2016年，汪志强时任宜丰县县长。',
      ['曹文斌→武宁县 former ..', '汪志强→宜丰县 former ..'],
    ],
  ])('%s', (_shape, text, expected) => {
    expect(posts(text).map(span)).toEqual(expected);
  });

  it.each([
    ['a birth year', '王海涛，1968年出生，担任武宁县石渡乡新庄村党支部书记。'],
    [
      '从此 with no date before but the header’s',
      '何晓岚回到家乡。从此，她当选铜鼓县大塅镇石桥村党支部书记。',
    ],
    [
      '已有十年 said of something else',
      '何晓岚是铜鼓县大塅镇石桥村党支部书记。当地的茶园已有十年历史。',
    ],
    [
      '上任三年 said of someone unnamed',
      '何晓岚是铜鼓县大塅镇石桥村党支部书记。新来的镇长上任三年，修了两条路。',
    ],
  ])('gives no span for %s', (_shape, text) => {
    expect(posts(text).map((r) => r.since ?? r.until ?? '')).toEqual(['']);
  });
});
