import { plantedCliques, undirected } from '../../../../test/fixtures/analyze/graphs';
import { detectCommunities } from './louvain';

/** Node keys grouped by community id. */
function groups(communities: Record<string, number>): string[][] {
  const byId = new Map<number, string[]>();
  for (const [node, id] of Object.entries(communities))
    byId.set(id, [...(byId.get(id) ?? []), node]);
  return [...byId.values()].map((g) => g.sort()).sort((a, b) => (a[0] < b[0] ? -1 : 1));
}

describe('detectCommunities', () => {
  it('recovers planted cliques', () => {
    const outcome = detectCommunities(plantedCliques(3, 5));
    expect(outcome.count).toBe(3);
    expect(groups(outcome.communities)).toEqual(
      [0, 1, 2].map((c) => [0, 1, 2, 3, 4].map((i) => `c${c}-${i}`)),
    );
  });

  it('reports the modularity of two bridged five-cliques: 2·(10/21 − (21/42)²)', () => {
    expect(detectCommunities(plantedCliques(2, 5)).modularity).toBeCloseTo(
      2 * (10 / 21 - 0.25),
      10,
    );
  });

  it('gives the same partition for the same seed', () => {
    // A ring of 30 with chords: many near-equal partitions, so the seed matters.
    const edges: [string, string][] = [];
    for (let i = 0; i < 30; i++)
      edges.push([`n${i}`, `n${(i + 1) % 30}`], [`n${i}`, `n${(i * 7) % 30}`]);
    const graph = undirected(edges.filter(([a, b]) => a !== b));
    const first = detectCommunities(graph, { seed: 'same' });
    const again = detectCommunities(graph, { seed: 'same' });
    expect(again.communities).toEqual(first.communities);
    expect(again.modularity).toBe(first.modularity);
  });

  it('numbers communities by size, largest first', () => {
    const graph = plantedCliques(1, 3);
    const big = plantedCliques(1, 6);
    big.forEachEdge((_e, attributes, a, b) => graph.mergeEdge(`x${a}`, `x${b}`, attributes));
    const { communities } = detectCommunities(graph);
    expect(communities['xc0-0']).toBe(0);
    expect(communities['c0-0']).toBe(1);
  });

  it('splits finer at a higher resolution', () => {
    const graph = plantedCliques(4, 5);
    const coarse = detectCommunities(graph, { resolution: 0.05 });
    const fine = detectCommunities(graph, { resolution: 1 });
    expect(coarse.count).toBeLessThan(fine.count);
  });

  it('leaves every node alone in a graph without edges, with no modularity', () => {
    const graph = undirected([]);
    graph.addNode('a');
    graph.addNode('b');
    expect(detectCommunities(graph)).toMatchObject({ count: 2, modularity: null });
  });
});
