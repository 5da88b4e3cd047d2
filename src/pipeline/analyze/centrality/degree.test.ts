import { weightedDegree } from 'graphology-metrics/node/weighted-degree';
import { undirected } from '../../../../test/fixtures/analyze/graphs';
import { degree, weightedDegrees } from './degree';

describe('degree', () => {
  const graph = undirected([
    ['a', 'b', 3],
    ['a', 'c', 2],
    ['b', 'c', 1],
    ['c', 'd', 0.5],
  ]);

  it('counts distinct neighbours', () => {
    expect(degree(graph)).toEqual({ a: 2, b: 2, c: 3, d: 1 });
  });

  it('agrees with graphology-metrics on weights that are missing or not numbers', () => {
    const odd = undirected([['a', 'b', 2]]);
    odd.mergeEdge('b', 'c');
    odd.mergeEdge('c', 'a', { weight: 'heavy' });
    const expected = Object.fromEntries(odd.mapNodes((n) => [n, weightedDegree(odd, n)]));
    expect(weightedDegrees(odd)).toEqual(expected);
  });

  it('sums edge weights, or counts edges when unweighted', () => {
    expect(weightedDegrees(graph)).toEqual({ a: 5, b: 4, c: 3.5, d: 0.5 });
    expect(weightedDegrees(graph, null)).toEqual(degree(graph));
  });
});
