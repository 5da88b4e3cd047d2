import type { AnalysisInput } from '../types';
import { coMentionGraph, cooperationGraph, entityGraph, personPlaceProgramGraph } from '.';

const input: AnalysisInput = {
  entities: [
    { key: 'v1', type: 'Village', name: '青禾村' },
    { key: 'v2', type: 'Village', name: '白石村' },
    { key: 'o1', type: 'Organization', name: '海川港务集团' },
    { key: 'p1', type: 'Person', name: '陈秀兰' },
    { key: 'g1', type: 'Program', name: '青禾共富计划' },
    { key: 'e1', type: 'Event', name: '青禾丰收节' },
    { key: 'y1', type: 'Year', name: '2023' },
  ],
  relations: [
    { type: 'COOPERATES_WITH', source: 'v1', target: 'v2', via: '党建联盟' },
    { type: 'COOPERATES_WITH', source: 'v2', target: 'v1', via: '党建联建' },
    { type: 'COOPERATES_WITH', source: 'v2', target: 'o1', via: '党建联建' },
    { type: 'HOLDS_POSITION', source: 'p1', target: 'v1' },
    { type: 'IMPLEMENTS', source: 'p1', target: 'g1' },
    { type: 'IMPLEMENTS', source: 'v1', target: 'g1' },
    { type: 'OCCURRED_IN', source: 'g1', target: 'y1' },
    { type: 'HELD_IN', source: 'e1', target: 'missing' },
  ],
  mentions: [
    { key: 'v1', doc: 'a', sentence: 0 },
    { key: 'v2', doc: 'a', sentence: 0 },
    { key: 'v1', doc: 'a', sentence: 1 },
    { key: 'v2', doc: 'a', sentence: 1 },
    { key: 'p1', doc: 'a', sentence: 1 },
    { key: 'g1', doc: 'a', sentence: 5 },
    { key: 'v1', doc: 'b', sentence: 3 },
    { key: 'v2', doc: 'b', sentence: 4 },
    { key: 'g1', doc: 'b', sentence: 5 },
    { key: 'p1', doc: 'c', sentence: -1 },
    { key: 'y1', doc: 'c', sentence: -1 },
  ],
};

const edgeList = (graph: ReturnType<typeof entityGraph>) =>
  graph.mapEdges((_e, a, s, t) => `${[s, t].sort().join('-')} ${a.weight}`).sort();

describe('projections', () => {
  it('entity graph: every entity, one undirected edge per tied pair, weighted by relations', () => {
    const graph = entityGraph(input);
    expect(graph.order).toBe(7);
    expect(edgeList(graph)).toEqual([
      'g1-p1 1',
      'g1-v1 1',
      'g1-y1 1',
      'o1-v2 1',
      'p1-v1 1',
      'v1-v2 2',
    ]);
    expect(graph.getEdgeAttributes('v1', 'v2')).toMatchObject({
      relations: { COOPERATES_WITH: 2 },
      via: ['党建联盟', '党建联建'],
    });
  });

  it('cooperation network: places and organizations tied by COOPERATES_WITH only', () => {
    const graph = cooperationGraph(input);
    expect(graph.nodes().sort()).toEqual(['o1', 'v1', 'v2']);
    expect(edgeList(graph)).toEqual(['o1-v2 1', 'v1-v2 2']);
  });

  it('persons, places and programs: their relations, no other types, no isolated nodes', () => {
    const graph = personPlaceProgramGraph(input);
    expect(graph.nodes().sort()).toEqual(['g1', 'p1', 'v1', 'v2']);
    expect(edgeList(graph)).toEqual(['g1-p1 1', 'g1-v1 1', 'p1-v1 1', 'v1-v2 2']);
  });

  it('co-mention: shared sentences weigh 1, shared documents 0.25', () => {
    const graph = coMentionGraph(input);
    expect(graph.getEdgeAttributes('v1', 'v2')).toMatchObject({
      sentences: 2,
      documents: 2,
      weight: 2.5,
    });
    expect(graph.getEdgeAttributes('p1', 'v1')).toMatchObject({ sentences: 1, documents: 1 });
    expect(graph.hasNode('e1')).toBe(false);
  });

  it('co-mention: without a shared sentence, a pair must share two documents', () => {
    const graph = coMentionGraph(input);
    // g1 and v1 share documents a and b, never a sentence; g1 and p1 share document a only.
    expect(graph.getEdgeAttributes('g1', 'v1')).toMatchObject({
      sentences: 0,
      documents: 2,
      weight: 0.5,
    });
    expect(graph.hasEdge('g1', 'p1')).toBe(false);
    expect(graph.hasNode('p1')).toBe(true);
  });

  it('co-mention: a document without sentence evidence ties all it names', () => {
    const graph = coMentionGraph(input);
    expect(graph.getEdgeAttributes('p1', 'y1')).toMatchObject({
      sentences: 0,
      documents: 1,
      weight: 0.25,
    });
  });

  it('co-mention: one shared document is enough with minSharedDocuments 1', () => {
    const graph = coMentionGraph(input, { minSharedDocuments: 1 });
    expect(graph.getEdgeAttributes('g1', 'p1')).toMatchObject({
      sentences: 0,
      documents: 1,
      weight: 0.25,
    });
    expect(graph.getEdgeAttributes('p1', 'v1')).toMatchObject({ sentences: 1, documents: 1 });
    expect(graph.size).toBe(7);
  });

  it('co-mention weights are options', () => {
    const graph = coMentionGraph(input, { sentenceWeight: 0, documentWeight: 1 });
    expect(graph.getEdgeAttribute('v1', 'v2', 'weight')).toBe(2);
  });
});
