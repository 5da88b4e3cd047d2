/**
 * Extraction on sentences written for these tests (none from the sample reports),
 * in shapes the rules must generalize to.
 */
import { buildDocument } from '../ingest/build-document';
import type { DocumentGraph, EntityType } from '../../types/graph';
import { extractDocument } from '.';

function extract(text: string): DocumentGraph {
  return extractDocument(buildDocument('sample.txt', Buffer.from(text, 'utf8')));
}

const namesOf = (g: DocumentGraph, type: EntityType) =>
  g.entities.filter((e) => e.type === type).map((e) => e.name);
const entity = (g: DocumentGraph, type: EntityType, name: string) =>
  g.entities.find((e) => e.type === type && e.name === name);

describe('places', () => {
  it('links a village through the chain of places written before it', () => {
    const g = extract('浙江省湖州市安吉县递铺街道双河村党支部书记郑明辉带领村民发展白茶产业。');
    expect(entity(g, 'Village', '双河村')?.adminCode).toMatch(/^330523/);
    expect(entity(g, 'County', '安吉县')?.adminCode).toBe('330523');
    expect(entity(g, 'Province', '浙江省')?.adminCode).toBe('33');
  });

  it('leaves a village unlinked when nothing tells its many namesakes apart', () => {
    const g = extract('双河村党支部组织党员开展志愿服务。');
    const village = entity(g, 'Village', '双河村');
    expect(village).toBeDefined();
    expect(village?.adminCode).toBeUndefined();
  });

  it('names short forms canonically and keeps the written form as an alias', () => {
    const g = extract('近年来，宁波奉化深入推进乡村建设，宁波市奉化区的做法受到关注。');
    expect(entity(g, 'City', '宁波市')?.aliases).toContain('宁波');
    expect(entity(g, 'County', '奉化区')?.aliases).toContain('奉化');
  });

  it('reads a unit missing from the division list after the town that holds it', () => {
    const g = extract('宁波市鄞州区福明街道星光楼宇社区党委书记赵文涛介绍了经验。');
    expect(namesOf(g, 'Village')).toContain('星光楼宇社区');
  });
});

describe('persons', () => {
  it('does not split 江阴市长泾镇 at 市长', () => {
    const g = extract('江阴市长泾镇党委书记钱立新说，小镇变化很大。');
    expect(namesOf(g, 'Person')).toEqual(['钱立新']);
    expect(namesOf(g, 'Township')).toContain('长泾镇');
  });

  it('does not read a city after a title as a person', () => {
    const g = extract('会上，金华市委书记发言。常委金华表示。');
    expect(namesOf(g, 'Person')).not.toContain('金华');
  });

  it('reads enumerated names after a role and the names of a byline', () => {
    const g = extract('村民刘大伟、孙小红等一起参加。\n本报记者 唐明远 邹雅琴 通讯员 彭立\n');
    expect(namesOf(g, 'Person')).toEqual(
      expect.arrayContaining(['刘大伟', '孙小红', '唐明远', '邹雅琴', '彭立']),
    );
  });

  it('keeps a surname with an honorific out', () => {
    expect(namesOf(extract('村民李先生说，日子越过越好。'), 'Person')).toEqual([]);
  });
});

describe('organizations, events, programs and years', () => {
  it('reads a company name leftwards from its suffix and stops at the verb', () => {
    const g = extract('他来到温州瑞联电气股份有限公司参观。');
    expect(namesOf(g, 'Organization')).toContain('温州瑞联电气股份有限公司');
  });

  it('names party congresses and campaigns without their scope words', () => {
    const g = extract('党的十九大以来，全省深入开展党史学习教育，十大改革全面铺开。');
    expect(namesOf(g, 'Event')).toEqual(expect.arrayContaining(['党的十九大', '党史学习教育']));
    expect(namesOf(g, 'Event')).not.toContain('党的十大');
  });

  it('joins a program suffix to a quoted name and keeps speech quotes out', () => {
    const g = extract('该县实施“清风护航”行动。他说：“我们一定把事情办好。”');
    expect(namesOf(g, 'Program')).toEqual(['清风护航行动']);
  });

  it('reads explicit years', () => {
    expect(namesOf(extract('2019年，村里修了路；2021年又建了文化礼堂。'), 'Year')).toEqual([
      '2019',
      '2021',
    ]);
  });
});
