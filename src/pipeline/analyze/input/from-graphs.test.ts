import type { DocumentGraph } from '../../../types/graph';
import { inputFromGraphs } from './from-graphs';

const evidence = (doc: string, sentence: number) => ({
  doc,
  sentence,
  start: 0,
  end: 2,
  textStart: 0,
  textEnd: 2,
});

const graphs: DocumentGraph[] = [
  {
    doc: 'a',
    entities: [
      { type: 'Village', name: '青禾村', adminCode: '990101001001', mentions: [evidence('a', 0)] },
      { type: 'Person', name: '陈秀兰', mentions: [evidence('a', 0), evidence('a', 2)] },
    ],
    relations: [
      { type: 'HOLDS_POSITION', head: '陈秀兰', tail: '青禾村', title: '党支部书记' },
      { type: 'LOCATED_IN', head: '青禾村', tail: '青禾镇' },
    ],
    facts: [],
  },
  {
    doc: 'b',
    entities: [
      { type: 'Village', name: '青禾村', adminCode: '990101001001' },
      { type: 'Village', name: '白石村' },
    ],
    relations: [{ type: 'COOPERATES_WITH', head: '青禾村', tail: '白石村', via: '党建联盟' }],
    facts: [],
  },
];

describe('inputFromGraphs', () => {
  const { input, skipped } = inputFromGraphs(graphs);

  it('merges entities across documents under the loader keys', () => {
    expect(input.entities).toEqual([
      { key: 'place:990101001001', type: 'Village', name: '青禾村' },
      { key: 'Person:陈秀兰', type: 'Person', name: '陈秀兰' },
      { key: 'Village:白石村', type: 'Village', name: '白石村' },
    ]);
  });

  it('names relation ends by key and keeps the form of cooperation', () => {
    expect([...input.relations]).toEqual([
      { type: 'HOLDS_POSITION', source: 'Person:陈秀兰', target: 'place:990101001001' },
      {
        type: 'COOPERATES_WITH',
        source: 'place:990101001001',
        target: 'Village:白石村',
        via: '党建联盟',
      },
    ]);
  });

  it('skips, and says so, a relation whose end names no entity of its document', () => {
    expect(skipped).toEqual(['a: LOCATED_IN 青禾村 → 青禾镇 names no entity']);
  });

  it('keeps sentence mentions, and the document alone where there is no evidence', () => {
    expect([...input.mentions]).toEqual([
      { key: 'place:990101001001', doc: 'a', sentence: 0 },
      { key: 'Person:陈秀兰', doc: 'a', sentence: 0 },
      { key: 'Person:陈秀兰', doc: 'a', sentence: 2 },
      { key: 'place:990101001001', doc: 'b', sentence: -1 },
      { key: 'Village:白石村', doc: 'b', sentence: -1 },
    ]);
  });
});
