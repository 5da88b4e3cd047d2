/**
 * Relations and facts on sentences written for these tests (none from the
 * sample reports), in shapes the rules must generalize to.
 */
import { buildDocument } from '../../ingest/build-document';
import type { DocumentGraph, Relation, RelationType } from '../../../types/graph';
import { extractDocument } from '..';
import { extractRelations } from '.';

function extract(text: string): DocumentGraph {
  const doc = buildDocument('sample.txt', Buffer.from(text, 'utf8'));
  return extractRelations(doc, extractDocument(doc));
}

const relationsOf = (g: DocumentGraph, type: RelationType) =>
  g.relations.filter((r) => r.type === type);
const pair = (r: Relation) => `${r.head}→${r.tail}`;

describe('posts', () => {
  it('reads a post with its organ from the chain before a name', () => {
    const g = extract('合肥市委常委、组织部部长顾立新说，要抓好基层党建。');
    const [post] = relationsOf(g, 'HOLDS_POSITION');
    expect(pair(post)).toBe('顾立新→合肥市');
    expect(post.title).toBe('市委常委、组织部部长');
  });

  it('gives a post with no place of its own to the body named before it', () => {
    const g = extract('肥西县纪委书记、县监委主任许文明接受了采访。');
    const [post] = relationsOf(g, 'HOLDS_POSITION');
    expect(pair(post)).toBe('许文明→肥西县');
    expect(post.title).toBe('县纪委书记、县监委主任');
  });

  it('reads a former post written with 时任…的', () => {
    const g = extract('2008年5月，时任成都市委书记的杜明远同志到郫都区考察调研。');
    expect(relationsOf(g, 'HOLDS_POSITION').map((r) => [pair(r), r.title])).toEqual([
      ['杜明远→成都市', '市委书记'],
    ]);
    expect(relationsOf(g, 'VISITED').map((r) => [pair(r), r.date])).toEqual([
      ['杜明远→郫都区', '2008-05'],
    ]);
  });

  it('reads a post written after the name, between commas or in brackets', () => {
    const g = extract(
      '据介绍，方晓岚，黄山市委常委、组织部部长，长期关注基层治理。会上，凌云峰（黟县县委书记）作了发言。',
    );
    expect(relationsOf(g, 'HOLDS_POSITION').map((r) => [pair(r), r.title])).toEqual([
      ['方晓岚→黄山市', '市委常委、组织部部长'],
      ['凌云峰→黟县', '县委书记'],
    ]);
  });

  it('makes a congress delegate a participant, not a post holder', () => {
    const g = extract('党的二十大代表、黄山市委书记凌云峰说，要把基层组织建强。');
    expect(relationsOf(g, 'PARTICIPATED_IN').map(pair)).toEqual(['凌云峰→党的二十大']);
    expect(relationsOf(g, 'HOLDS_POSITION').map(pair)).toEqual(['凌云峰→黄山市']);
  });

  it('gives a byline journalist a post at the named outlet', () => {
    const g = extract('来源：安徽日报\n作者：记者 唐思远\n\n肥西县推进乡村振兴。');
    expect(relationsOf(g, 'HOLDS_POSITION').map((r) => [pair(r), r.title])).toEqual([
      ['唐思远→安徽日报', '记者'],
    ]);
  });
});

describe('places and alliances', () => {
  it('links each place of a written chain to the one before it, and to their ancestors', () => {
    const g = extract('安徽省黄山市黟县宏村镇的民宿产业发展迅速。');
    expect(relationsOf(g, 'LOCATED_IN').map(pair)).toEqual([
      '黄山市→安徽省',
      '黟县→黄山市',
      '宏村镇→黟县',
      '黟县→安徽省',
      '宏村镇→安徽省',
      '宏村镇→黄山市',
    ]);
  });

  it('places a linked place in every place of the document whose code holds it', () => {
    const g = extract('记者在黄山市走访了解到，黟县宏村镇的民宿产业发展迅速。');
    expect(relationsOf(g, 'LOCATED_IN').map(pair).sort()).toEqual(
      ['宏村镇→黟县', '宏村镇→黄山市', '黟县→黄山市'].sort(),
    );
  });

  it('places an organization written after 在 <place> 的 in that place', () => {
    const g = extract('社员们在黟县碧阳镇横岗村的云雾茶叶合作社领工资。');
    expect(relationsOf(g, 'LOCATED_IN').map(pair)).toContain('云雾茶叶合作社→横岗村');
  });

  it('pairs every member of an alliance named in one clause', () => {
    const g = extract('郫都区与温江区、新都区联手开展党建联建，共同打造产业带。');
    expect(relationsOf(g, 'COOPERATES_WITH').map(pair).sort()).toEqual(
      ['郫都区→温江区', '郫都区→新都区', '温江区→新都区'].sort(),
    );
  });

  it('pairs the villages of a joint party committee listed bare before their count', () => {
    const g = extract('黟县碧阳镇的横岗、马道、深冲3个村组建联合党委，共谋发展。');
    expect(relationsOf(g, 'COOPERATES_WITH').map(pair).sort()).toEqual(
      ['横岗村→马道村', '横岗村→深冲村', '马道村→深冲村'].sort(),
    );
  });

  it('pairs the places a cue names by count, and those listed in the clause before its cue', () => {
    const g = extract(
      '黟县和祁门县山水相连。近年来，两县签订党建联盟协议。\n\n碧阳镇、宏村镇的负责人来到渔亭镇，举行联合党工委会议。',
    );
    expect(relationsOf(g, 'COOPERATES_WITH').map(pair).sort()).toEqual(
      ['黟县→祁门县', '碧阳镇→宏村镇', '碧阳镇→渔亭镇', '宏村镇→渔亭镇'].sort(),
    );
  });

  it('makes no partners of places that each have a joint committee of their own', () => {
    const g = extract('他们分别是碧阳镇横岗联合党委和宏村镇某某联合党委的书记。');
    expect(relationsOf(g, 'COOPERATES_WITH')).toEqual([]);
  });

  it('does not make an alliance of places merely named together', () => {
    const g = extract('郫都区、温江区和新都区的游客人数都在增长。');
    expect(relationsOf(g, 'COOPERATES_WITH')).toEqual([]);
  });
});

describe('visits, programs and dates', () => {
  it('dates a visit from the sentence, resolving the month against the publication date', () => {
    const text = '发布时间：2023-03-02\n\n1月18日，黄山市委书记凌云峰到黟县宏村镇走访调研。';
    const visits = relationsOf(extract(text), 'VISITED');
    expect(visits.map((r) => [pair(r), r.date])).toEqual([['凌云峰→宏村镇', '2023-01-18']]);
  });

  it('reads a visit written verb first, and one told in the first person by the speaker', () => {
    const g = extract(
      '去年3月，市委书记李启明考察黄山市黟县宏村镇。\n\n“上个月我去黟县碧阳镇调研，很受启发。”县委书记童雅丽高兴地说。',
    );
    expect(relationsOf(g, 'VISITED').map(pair)).toEqual(['李启明→宏村镇', '童雅丽→碧阳镇']);
  });

  it('gives a program to the body that carries it out', () => {
    const g = extract('肥西县深入实施“强村富民工程”，带动农户增收。');
    expect(relationsOf(g, 'IMPLEMENTS').map(pair)).toEqual(['肥西县→强村富民工程']);
  });

  it('reads a program in corner quotes and a person as its doer where no body is named', () => {
    expect(
      relationsOf(extract('黟县实行「一户一策」，精准帮扶。'), 'IMPLEMENTS').map(pair),
    ).toEqual(['黟县→一户一策']);
    const g = extract('会上，县委书记李启明倡议实施“爱心助学工程”。');
    expect(relationsOf(g, 'IMPLEMENTS').map(pair)).toEqual(['李启明→爱心助学工程']);
  });

  it('gives a program to no one when the sentence names no doer and no verb of carrying out', () => {
    const g = extract('黟县宏村镇风景秀丽。\n\n游客们都说“来了不想走”，“来了不想走”成了口头禅。');
    expect(relationsOf(g, 'IMPLEMENTS')).toEqual([]);
  });

  it('gives a program a speaker announces to the body he holds a post at, not to him', () => {
    const g = extract(
      '青峰化工有限公司党委书记、董事长李启明出席会议。李启明指出，今年公司要全面推行“精益管理”行动。',
    );
    expect(relationsOf(g, 'IMPLEMENTS').map(pair)).toEqual(['青峰化工有限公司→精益管理行动']);
  });

  it('takes no doer from a person named inside a clause or a body that owns something', () => {
    expect(
      relationsOf(extract('大家学习贯彻李启明的讲话，推行“晨读十分钟”活动。'), 'IMPLEMENTS'),
    ).toEqual([]);
    expect(
      relationsOf(extract('“民呼我应”平台接到投诉后，转给碧阳社区的网格员处理。'), 'IMPLEMENTS'),
    ).toEqual([]);
  });

  it("hands the doer of a paragraph's first sentence on to the next one", () => {
    const g = extract('黟县宏村镇从去年起整治河道。同时推出“河长日志”平台，方便群众监督。');
    expect(relationsOf(g, 'IMPLEMENTS').map(pair)).toEqual(['宏村镇→河长日志平台']);
  });

  it('hands on no doer from a paragraph that opens with where a villager lives', () => {
    const g = extract('青石村3组村民李启明去年摔伤了腿。“邻里互助”行动为他筹到了钱。');
    expect(relationsOf(g, 'IMPLEMENTS')).toEqual([]);
  });

  it('lets the topic stand in for an unnamed doer, but not for a party organ named as subject', () => {
    const topic = '黟县风景秀丽，游客众多。\n\n村民提出意见后，';
    const g = extract(`${topic}县里立即着手打造“智慧党建”平台。`);
    expect(relationsOf(g, 'IMPLEMENTS').map(pair)).toEqual(['黟县→智慧党建平台']);
    const organ = extract(`${topic}联合党委立即着手打造“智慧党建”平台。`);
    expect(relationsOf(organ, 'IMPLEMENTS')).toEqual([]);
  });

  it('gives the meetings named before to those who attend 会议, dated by the day they were held', () => {
    const g = extract(
      '发布时间：2022年05月10日\n\n5月9日，公司召开第三届一次职工代表大会。董事长李启明、总经理童雅丽等出席会议。',
    );
    expect(relationsOf(g, 'PARTICIPATED_IN').map(pair).sort()).toEqual(
      ['李启明→第三届一次职工代表大会', '童雅丽→第三届一次职工代表大会'].sort(),
    );
    expect(relationsOf(g, 'OCCURRED_IN').map(pair)).toEqual(['第三届一次职工代表大会→2022']);
  });

  it('names a national congress as the document writes it and reads a plenum', () => {
    const g = extract('全村党员认真学习十九大和十九届四中全会精神，十九大报告深入人心。');
    const events = g.entities.filter((e) => e.type === 'Event').map((e) => e.name);
    expect(events.sort()).toEqual(['十九大', '十九届四中全会'].sort());
    expect(relationsOf(g, 'OCCURRED_IN')).toEqual([]);
  });

  it('dates the events of a chronicle from the year that heads them', () => {
    const g = extract(
      '大事记\n\n2016年\n\n全省“两学一做”学习教育启动。\n\n2019年\n\n开展“不忘初心、牢记使命”主题教育。',
    );
    const dated = relationsOf(g, 'OCCURRED_IN').map(pair);
    expect(dated).toContain('不忘初心、牢记使命主题教育→2019');
    expect(dated.every((p) => !p.endsWith('→2016') || !p.startsWith('不忘初心'))).toBe(true);
  });
});

describe('facts', () => {
  it('reads counts on both sides of their nouns, with 万 expanded and 余 approximate', () => {
    const g = extract('宏村镇现有党员326名、1.2万余名常住人口，村级集体经济收入达450万元。');
    const facts = g.facts.map((f) => [f.subject, f.value, f.unit, Boolean(f.approx)]);
    expect(facts).toEqual([
      ['宏村镇', 326, '名', false],
      ['宏村镇', 12000, '名', true],
      ['宏村镇', 4500000, '元', false],
    ]);
  });

  it('takes the year of a statistic from 去年 and the publication date', () => {
    const g = extract('发布时间：2023-03-02\n\n去年，肥西县接待游客超过300万人次。');
    expect(g.facts.map((f) => [f.subject, f.value, f.unit, f.year, f.approx])).toEqual([
      ['肥西县', 3000000, '人次', 2022, true],
    ]);
  });

  it('gives a figure to the person a clause names, and an age only to a person', () => {
    const g = extract('宏村镇风景秀丽。村民汪建平种了30亩桃树，年收入12万元。宏村镇今年56岁。');
    expect(g.facts.map((f) => [f.subject, f.value, f.unit])).toEqual([
      ['汪建平', 30, '亩'],
      ['汪建平', 120000, '元'],
    ]);
  });

  it('carries the subject over to a sentence that points back to it', () => {
    const g = extract('黟县宏村镇是一个古镇。这个古镇共有居民1800户。');
    expect(g.facts.map((f) => [f.subject, f.value, f.unit])).toEqual([['宏村镇', 1800, '户']]);
  });

  it('gives no figure to the outlet that reports it', () => {
    const g = extract('皖南在线3月5日讯（皖南在线记者 程远）黟县今年新建公厕35座。');
    expect(g.facts.map((f) => [f.subject, f.value, f.unit])).toEqual([['黟县', 35, '座']]);
  });

  it('takes no dates, durations or ordinals for statistics', () => {
    const g = extract('10月16日，肥西县用了3个多小时完成第5次演练。');
    expect(g.facts).toEqual([]);
  });
});
