import betweennessCentrality from 'graphology-metrics/centrality/betweenness';
import {
  directed,
  plantedCliques,
  readFixture,
  rounded,
  undirected,
} from '../../../../test/fixtures/analyze/graphs';
import { createRng } from '../rng';
import { betweenness, sampledBetweenness } from './betweenness';

interface Kite {
  edges: [string, string][];
  betweenness: Record<string, number>;
}
const kite = readFixture<Kite>('krackhardt-kite.json');

describe('betweenness', () => {
  it("gives the published values of Krackhardt's kite", () => {
    const outcome = betweenness(undirected(kite.edges));
    expect(outcome.exact).toBe(true);
    expect(rounded(outcome.values)).toEqual(kite.betweenness);
  });

  it('gives the middle of a three-node path all the paths between its ends', () => {
    // One pair (a, c), one shortest path, through b: normalized 1 / ((3-1)(3-2)/2) = 1.
    expect(
      betweenness(
        undirected([
          ['a', 'b'],
          ['b', 'c'],
        ]),
      ).values,
    ).toEqual({ a: 0, b: 1, c: 0 });
  });

  it('equals the exact values when every node is a source', () => {
    const graph = undirected(kite.edges);
    const exact = betweennessCentrality(graph, { getEdgeWeight: null });
    const sampled = sampledBetweenness(graph, graph.order, createRng('any'));
    for (const node of graph.nodes()) expect(sampled[node]).toBeCloseTo(exact[node], 12);
  });

  it('follows edge direction on a directed graph', () => {
    const web = readFixture<{ edges: [number, number][] }>('pagerank-directed.json');
    const graph = directed(web.edges);
    const exact = betweennessCentrality(graph, { getEdgeWeight: null });
    const sampled = sampledBetweenness(graph, graph.order, createRng('any'));
    expect(Object.values(exact).some((v) => v > 0)).toBe(true);
    for (const node of graph.nodes()) expect(sampled[node]).toBeCloseTo(exact[node], 12);
  });

  it('samples above the size threshold, repeatably for one seed', () => {
    const graph = plantedCliques(6, 6);
    const options = { exactMaxNodes: 10, samples: 8 };
    const first = betweenness(graph, { ...options, rng: createRng(7) });
    const again = betweenness(graph, { ...options, rng: createRng(7) });
    const other = betweenness(graph, { ...options, rng: createRng(8) });
    expect(first).toMatchObject({ exact: false, sources: 8 });
    expect(again.values).toEqual(first.values);
    expect(other.values).not.toEqual(first.values);
  });

  it('ranks the nodes that bridge cliques first, sampled or not', () => {
    const graph = plantedCliques(4, 6);
    const sampled = betweenness(graph, { exactMaxNodes: 0, samples: 12, rng: createRng(1) });
    const top = Object.entries(sampled.values)
      .sort((a, b) => b[1] - a[1])
      .slice(0, 4)
      .map(([node]) => node)
      .sort();
    // The inner cliques' two bridge ends: c1-0, c1-1, c2-0, c2-1.
    expect(top).toEqual(['c1-0', 'c1-1', 'c2-0', 'c2-1']);
  });
});
