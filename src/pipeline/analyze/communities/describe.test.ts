import { UndirectedGraph } from 'graphology';
import type { ProjectionGraph } from '../projections';
import { describeCommunities } from './describe';

function graph(): ProjectionGraph {
  const g: ProjectionGraph = new UndirectedGraph();
  const add = (key: string, type: 'Village' | 'Person' | 'Program', name: string) =>
    g.addNode(key, { key, type, name });
  add('v1', 'Village', '青禾村');
  add('v2', 'Village', '白石村');
  add('p1', 'Person', '陈秀兰');
  add('g1', 'Program', '青禾共富计划');
  add('x', 'Village', '孤山村');
  const tie = { via: [], sentences: 0, documents: 0 };
  g.addEdge('v1', 'v2', {
    ...tie,
    weight: 1,
    relations: { COOPERATES_WITH: 1 },
    via: ['党建联盟'],
  });
  g.addEdge('p1', 'v1', { ...tie, weight: 1, relations: { HOLDS_POSITION: 1 } });
  g.addEdge('p1', 'g1', { ...tie, weight: 1, relations: { IMPLEMENTS: 1 } });
  return g;
}

describe('describeCommunities', () => {
  const summaries = describeCommunities(
    graph(),
    { v1: 0, v2: 0, p1: 0, g1: 1, x: 2 },
    new Map(Object.entries({ v1: 0.3, v2: 0.1, p1: 0.2, g1: 0.2, x: 0.05 })),
  );

  it('lists members most central first, and the types they are', () => {
    expect(summaries[0]).toMatchObject({
      id: 0,
      size: 3,
      label: '青禾村、陈秀兰、白石村',
      types: { Village: 2, Person: 1 },
      innerEdges: 2,
    });
    expect(summaries[0].members.map((m) => m.key)).toEqual(['v1', 'p1', 'v2']);
  });

  it('says what ties a community: relation types of inner edges and forms of cooperation', () => {
    expect(summaries[0].ties).toBe('COOPERATES_WITH ×1, HOLDS_POSITION ×1; via 党建联盟');
  });

  it('does not count edges that leave the community', () => {
    expect(summaries[0].innerEdges).toBe(2);
    expect(summaries[0].relations).not.toHaveProperty('IMPLEMENTS');
  });

  it('describes no community of a single member', () => {
    expect(summaries.map((s) => s.id)).toEqual([0]);
  });
});
