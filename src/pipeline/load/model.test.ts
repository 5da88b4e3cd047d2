import type { NormalizedDocument } from '../../types/document';
import type { DocumentGraph } from '../../types/graph';
import { mergeRows } from './graph-rows';
import { tinyHierarchy as hierarchy } from '../../../test/fixtures/load/tiny-hierarchy';
import { mapDocument } from './model';

/** A small document: two villages of one township, an official, a program, a figure. */
const text =
  '青石镇东山村党支部书记林远航说，东山村与西山村结成党建联盟。\n2021年，东山村党员120名。';
const doc = {
  name: 'report',
  id: 'abc',
  file: 'report.txt',
  contentHash: 'abc123',
  meta: { title: '东山村的联盟', authors: [{ name: '周晓', role: '记者' }] },
  text,
  sentences: [
    { index: 0, start: 0, end: 30, kind: 'body' },
    { index: 1, start: 31, end: text.length, kind: 'body' },
  ],
} as unknown as NormalizedDocument;

const evidence = (sentence: number) => [
  { doc: 'report', sentence, start: 0, end: 1, textStart: 0, textEnd: 1 },
];

const graph: DocumentGraph = {
  doc: 'report',
  entities: [
    { type: 'Township', name: '青石镇', adminCode: '100' },
    {
      type: 'Village',
      name: '东山村',
      adminCode: '100001',
      aliases: ['东山'],
      mentions: evidence(0),
    },
    { type: 'Village', name: '西山村' },
    { type: 'Person', name: '林远航' },
    { type: 'Program', name: '党建联盟' },
  ],
  relations: [
    {
      type: 'HOLDS_POSITION',
      head: '林远航',
      tail: '东山',
      title: '党支部书记',
      evidence: evidence(0),
    },
    { type: 'COOPERATES_WITH', head: '西山村', tail: '东山村', via: '党建联盟' },
    { type: 'IMPLEMENTS', head: '东山村', tail: '南山村' },
  ],
  facts: [
    {
      subject: '东山村',
      metric: '党员',
      value: 120,
      unit: '名',
      year: 2021,
      evidence: evidence(1),
    },
  ],
};

describe('mapDocument', () => {
  const rows = mapDocument(graph, doc);

  it('keys linked places by code and the rest by type and name', () => {
    expect(rows.entities.map((e) => e.key)).toEqual([
      'place:100',
      'place:100001',
      'Village:西山村',
      'Person:林远航',
      'Program:党建联盟',
    ]);
  });

  it('makes the article from the document, authors as role and name', () => {
    expect(rows.article).toMatchObject({
      id: 'report',
      props: {
        name: '东山村的联盟',
        title: '东山村的联盟',
        authors: ['记者 周晓'],
        file: 'report.txt',
      },
      contentHash: 'abc123',
    });
  });

  it('resolves relation ends by alias and quotes the supporting sentence', () => {
    const post = rows.relationships.find((r) => r.type === 'HOLDS_POSITION')!;
    expect(post).toMatchObject({
      head: 'Person:林远航',
      tail: 'place:100001',
      tailLabel: 'Place',
      props: { title: '党支部书记' },
      articles: ['report'],
      quoteArticles: ['report'],
      quoteSentences: [0],
      quotes: ['青石镇东山村党支部书记林远航说，东山村与西山村结成党建联盟。'],
    });
  });

  it('orders the ends of a cooperation by key, so both directions are one relationship', () => {
    const cooperation = rows.relationships.find((r) => r.type === 'COOPERATES_WITH')!;
    expect([cooperation.head, cooperation.tail]).toEqual(['Village:西山村', 'place:100001']);
  });

  it('leaves out a relation whose end is no entity, with a warning', () => {
    expect(rows.relationships.map((r) => r.type)).not.toContain('IMPLEMENTS');
    expect(rows.warnings).toEqual([
      'report: relation IMPLEMENTS 东山村 → 南山村: no entity named "南山村"',
    ]);
  });

  it('makes a statistic tied to its subject and year', () => {
    expect(rows.statistics).toEqual([
      expect.objectContaining({
        subject: 'place:100001',
        yearKey: 'Year:2021',
        props: expect.objectContaining({
          name: '党员 120名',
          figure: '120名',
          value: 120,
          year: 2021,
        }),
      }),
    ]);
  });

  it('gathers names and mention offsets per entity', () => {
    const village = rows.mentions.find((m) => m.key === 'place:100001')!;
    expect(village.props).toEqual({
      names: ['东山村', '东山'],
      sentences: [0],
      starts: [0],
      ends: [1],
      textStarts: [0],
      textEnds: [1],
    });
  });
});

describe('mergeRows', () => {
  const merged = mergeRows(
    [mapDocument(graph, doc), mapDocument({ ...graph, doc: 'other' }, undefined)],
    hierarchy,
  );

  it('joins the support of one relationship from several documents', () => {
    const post = merged.relationships.find((r) => r.type === 'HOLDS_POSITION')!;
    expect(post.articles).toEqual(['report', 'other']);
    expect(post.quotes).toHaveLength(1); // the second document has no text to quote
  });

  it('adds the gazetteer chain up to the province, ancestors no article names as implied nodes', () => {
    const chain = merged.relationships.filter((r) => r.gazetteer).map((r) => `${r.head}→${r.tail}`);
    expect(chain.sort()).toEqual(['place:100001→place:100', 'place:100→place:1']);
    expect(merged.implied.map((n) => n.key).sort()).toEqual(['Year:2021', 'place:1']);
  });
});
