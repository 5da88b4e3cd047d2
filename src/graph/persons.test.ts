import type { DocumentGraph, Entity, Relation } from '../types/graph';
import { bodyTie, corpusPersonKeys, mentionId, personKeys, personTies } from './persons';

const place = (type: Entity['type'], name: string, adminCode?: string): Entity => ({
  type,
  name,
  adminCode,
});
const person = (name: string): Entity => ({ type: 'Person', name });
const post = (head: string, tail: string, title = '书记'): Relation => ({
  type: 'HOLDS_POSITION',
  head,
  tail,
  title,
});
const graph = (doc: string, entities: Entity[], relations: Relation[] = []): DocumentGraph => ({
  doc,
  entities,
  relations,
  facts: [],
});

describe('person ties', () => {
  it('ties a post to its county, or to a city, province, organization or unlinked place itself', () => {
    expect(bodyTie(place('Village', '某村', '110101001001'))).toBe('county:110101');
    expect(bodyTie(place('County', '某县', '110101'))).toBe('county:110101');
    expect(bodyTie(place('City', '某市', '1101'))).toBe('place:1101');
    expect(bodyTie({ type: 'Organization', name: '某公司' })).toBe('Organization:某公司');
    expect(bodyTie(place('Village', '某村'))).toBe('Village:某村');
  });

  it("gives each person of a document its posts' ties, through aliases, and none without a post", () => {
    const g = graph(
      'a',
      [
        person('甲乙'),
        person('丙丁'),
        { ...place('Township', '东山镇', '110101001'), aliases: ['东山'] },
        { type: 'Organization', name: '某合作社' },
      ],
      [
        post('甲乙', '东山'),
        post('甲乙', '某合作社'),
        { type: 'VISITED', head: '丙丁', tail: '东山' },
      ],
    );
    expect(personTies(g)).toEqual(
      new Map([
        ['甲乙', ['Organization:某合作社', 'county:110101']],
        ['丙丁', []],
      ]),
    );
  });
});

describe('person keys', () => {
  const east = place('Village', '东村', '110101001001');
  const west = place('Village', '西村', '120101001001');
  const eastTown = place('Township', '东镇', '110101002');

  it('keeps namesakes in two counties apart, and one in two reports of the same county together', () => {
    const keys = corpusPersonKeys([
      graph('a', [person('甲乙'), east], [post('甲乙', '东村')]),
      graph('b', [person('甲乙'), west], [post('甲乙', '西村')]),
      graph('c', [person('甲乙'), eastTown], [post('甲乙', '东镇', '镇长')]),
    ]);
    expect(keys.get(mentionId('a', '甲乙'))).toBe('Person:甲乙@county:110101');
    expect(keys.get(mentionId('c', '甲乙'))).toBe('Person:甲乙@county:110101');
    expect(keys.get(mentionId('b', '甲乙'))).toBe('Person:甲乙@county:120101');
  });

  it('merges them once a report ties the two, whatever the order', () => {
    const mentions = [
      { article: 'a', name: '甲乙', ties: ['county:110101'] },
      { article: 'b', name: '甲乙', ties: ['county:120101'] },
      { article: 'c', name: '甲乙', ties: ['county:110101', 'county:120101'] },
    ];
    for (const order of [mentions, [...mentions].reverse()]) {
      expect(new Set(personKeys(order).values())).toEqual(new Set(['Person:甲乙']));
    }
  });

  it('chains ties: a shares a county with b, b an organization with c', () => {
    const keys = personKeys([
      { article: 'a', name: '甲乙', ties: ['county:110101'] },
      { article: 'b', name: '甲乙', ties: ['Organization:某公司', 'county:110101'] },
      { article: 'c', name: '甲乙', ties: ['Organization:某公司'] },
      { article: 'd', name: '甲乙', ties: ['county:990101'] },
    ]);
    expect(keys.get(mentionId('c', '甲乙'))).toBe('Person:甲乙@Organization:某公司');
    expect(keys.get(mentionId('a', '甲乙'))).toBe('Person:甲乙@Organization:某公司');
    expect(keys.get(mentionId('d', '甲乙'))).toBe('Person:甲乙@county:990101');
  });

  it("puts a mention without a tie with the name's only person, else with the name alone", () => {
    const one = personKeys([
      { article: 'a', name: '甲乙', ties: ['county:110101'] },
      { article: 'b', name: '甲乙', ties: [] },
    ]);
    expect([...one.values()]).toEqual(['Person:甲乙', 'Person:甲乙']);
    const two = personKeys([
      { article: 'a', name: '甲乙', ties: ['county:110101'] },
      { article: 'b', name: '甲乙', ties: [] },
      { article: 'c', name: '甲乙', ties: ['county:120101'] },
    ]);
    expect(two.get(mentionId('b', '甲乙'))).toBe('Person:甲乙');
    expect(two.get(mentionId('a', '甲乙'))).toBe('Person:甲乙@county:110101');
  });

  it('does not mix different names', () => {
    const keys = personKeys([
      { article: 'a', name: '甲乙', ties: ['county:110101'] },
      { article: 'a', name: '丙丁', ties: ['county:120101'] },
    ]);
    expect(keys.get(mentionId('a', '丙丁'))).toBe('Person:丙丁');
  });
});
