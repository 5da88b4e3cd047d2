import { MultiGraph, UndirectedGraph } from 'graphology';
import { WeightedNeighborhoodIndex } from 'graphology-indices/neighborhood';
import eigenvectorCentrality from 'graphology-metrics/centrality/eigenvector';
import pagerank from 'graphology-metrics/centrality/pagerank';
import { directed } from '../../../../test/fixtures/analyze/graphs';
import { createRng } from '../rng';
import { breadthFirstOrder, buildAdjacency, renumber } from './adjacency';
import { robustEigenvector } from './eigenvector';
import { robustPagerank } from './pagerank';

/** A seeded random weighted graph with a few odd weights and an isolated node. */
function randomGraph(seed: number): UndirectedGraph {
  const rng = createRng(seed);
  const graph = new UndirectedGraph();
  for (let i = 0; i < 60; i++) graph.addNode(`n${i}`);
  for (let e = 0; e < 200; e++) {
    const a = Math.floor(rng() * 59);
    const b = Math.floor(rng() * 59);
    if (a !== b) graph.mergeEdge(`n${a}`, `n${b}`, { weight: 1 + Math.floor(rng() * 4) });
  }
  graph.mergeEdge('n1', 'n2', { weight: 'heavy' });
  return graph;
}

interface RowsLike {
  starts: ArrayLike<number>;
  targets: ArrayLike<number>;
  weights: ArrayLike<number>;
}

/** Each row as sorted "neighbour:weight" entries, to compare regardless of order. */
function rowsOf(nodes: string[], rows: RowsLike) {
  return nodes.map((_, i) => {
    const entries: string[] = [];
    for (let j = rows.starts[i]; j < rows.starts[i + 1]; j++)
      entries.push(`${nodes[rows.targets[j]]}:${rows.weights[j]}`);
    return entries.sort();
  });
}

describe('buildAdjacency', () => {
  it("holds graphology's outbound neighbourhoods and weights", () => {
    for (const graph of [
      randomGraph(1),
      directed([
        [1, 2],
        [2, 3],
        [3, 1],
        [1, 3],
      ]),
    ]) {
      const ours = buildAdjacency(graph);
      const theirs = new WeightedNeighborhoodIndex(graph, 'weight');
      expect(ours.nodes).toEqual(theirs.nodes);
      const their = {
        starts: theirs.starts,
        targets: theirs.neighborhood,
        weights: theirs.weights,
      };
      expect(rowsOf(ours.nodes, ours.outbound)).toEqual(rowsOf(theirs.nodes, their));
    }
  });

  it('counts an undirected self-loop once and keeps parallel edges apart', () => {
    const graph = new MultiGraph({ type: 'undirected' });
    graph.addNode('a');
    graph.addNode('b');
    graph.addEdge('a', 'a', { weight: 2 });
    graph.addEdge('a', 'b', { weight: 1 });
    graph.addEdge('a', 'b', { weight: 3 });
    const { nodes, outbound, inbound } = buildAdjacency(graph);
    expect(inbound).toBe(outbound);
    expect(rowsOf(nodes, outbound)).toEqual([
      ['a:2', 'b:1', 'b:3'],
      ['a:1', 'a:3'],
    ]);
  });

  it('reverses directed edges for the inbound rows', () => {
    const { nodes, inbound } = buildAdjacency(
      directed([
        [1, 2],
        [1, 3],
      ]),
      null,
    );
    expect(rowsOf(nodes, inbound)).toEqual([[], ['1:1'], ['1:1']]);
  });
});

describe('PageRank and eigenvector centrality over the adjacency', () => {
  it('equal graphology-metrics on random weighted graphs', () => {
    for (const seed of [1, 2, 3]) {
      const graph = randomGraph(seed);
      const ranks = robustPagerank(graph).values!;
      const eigen = robustEigenvector(graph).values!;
      const theirRanks = pagerank(graph);
      const theirEigen = eigenvectorCentrality(graph);
      for (const node of graph.nodes()) {
        expect(ranks[node]).toBeCloseTo(theirRanks[node], 12);
        expect(eigen[node]).toBeCloseTo(theirEigen[node], 12);
      }
    }
  });
});

describe('breadthFirstOrder and renumber', () => {
  it('orders every node once, from the hub, component after component', () => {
    const graph = new UndirectedGraph();
    for (const [a, b] of [
      ['x', 'y'],
      ['h', 'a'],
      ['h', 'b'],
      ['h', 'c'],
      ['c', 'd'],
    ])
      graph.mergeEdge(a, b);
    graph.addNode('alone');
    const { nodes, outbound } = buildAdjacency(graph, null);
    const order = Array.from(breadthFirstOrder(outbound), (i) => nodes[i]);
    expect(order).toEqual(['h', 'a', 'b', 'c', 'd', 'x', 'y', 'alone']);
  });

  it('renumbers the rows without changing the graph', () => {
    const { nodes, outbound } = buildAdjacency(randomGraph(4), null);
    const order = breadthFirstOrder(outbound);
    const rank = new Int32Array(order.length);
    order.forEach((v, i) => (rank[v] = i));
    const renumbered = renumber(outbound, order, rank);
    const renamed = Array.from(order, (v) => nodes[v]);
    const weights = new Float64Array(renumbered.targets.length).fill(1);
    const labelled = (names: string[], rows: string[][]) =>
      rows.map((row, i) => `${names[i]}: ${row.join(' ')}`).sort();
    expect(labelled(renamed, rowsOf(renamed, { ...renumbered, weights }))).toEqual(
      labelled(nodes, rowsOf(nodes, outbound)),
    );
  });
});
