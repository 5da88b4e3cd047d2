/**
 * Betweenness centrality, exact or sampled.
 *
 * Exact betweenness (graphology-metrics, Brandes 2001) costs O(n·m): fine for
 * the sample corpus, minutes for a million edges. Above `exactMaxNodes` nodes
 * the Brandes accumulation runs from `samples` source nodes drawn with a
 * seeded generator and is scaled by n/k, an unbiased estimate (Brandes &
 * Pich 2007, "Centrality estimation in large networks"). Both are normalized
 * the way graphology normalizes (by (n−1)(n−2)), so they compare.
 * Unweighted on purpose: edge weights here measure how strong a tie is, not a
 * distance.
 */
import type Graph from 'graphology';
import betweennessCentrality from 'graphology-metrics/centrality/betweenness';
import { createRng, type Rng } from '../rng';
import type { NodeValues } from './types';

export interface BetweennessOptions {
  /** Up to this many nodes betweenness is exact; above, it is sampled. */
  exactMaxNodes: number;
  /** Source nodes drawn when sampling. */
  samples: number;
  rng: Rng;
}

export const BETWEENNESS_DEFAULTS: Omit<BetweennessOptions, 'rng'> = {
  exactMaxNodes: 2000,
  samples: 100,
};

export interface BetweennessOutcome {
  values: NodeValues;
  /** Sources the shortest paths were counted from (n when exact). */
  sources: number;
  exact: boolean;
}

export function betweenness(
  graph: Graph,
  options: Partial<BetweennessOptions> = {},
): BetweennessOutcome {
  const { exactMaxNodes, samples, rng } = {
    ...BETWEENNESS_DEFAULTS,
    rng: createRng(),
    ...options,
  };
  if (graph.order <= exactMaxNodes || samples >= graph.order) {
    const values = betweennessCentrality(graph, { getEdgeWeight: null, normalized: true });
    return { values, sources: graph.order, exact: true };
  }
  return { values: sampledBetweenness(graph, samples, rng), sources: samples, exact: false };
}

/**
 * Brandes' accumulation from `k` distinct random sources, scaled by n/k and
 * normalized. Written over flat typed arrays (no predecessor lists: a
 * predecessor is an in-neighbour one step nearer the source), which keeps a
 * source at O(n + m) with no allocation: a million edges take milliseconds
 * per source.
 */
export function sampledBetweenness(graph: Graph, k: number, rng: Rng): NodeValues {
  const n = graph.order;
  const { nodes, out, into } = adjacency(graph);
  const distance = new Int32Array(n).fill(-1);
  const paths = new Float64Array(n);
  const delta = new Float64Array(n);
  const queue = new Int32Array(n);
  const centralities = new Float64Array(n);
  const sources = drawDistinct(n, Math.min(k, n), rng);
  for (const source of sources) {
    let head = 0;
    let tail = 0;
    queue[tail++] = source;
    distance[source] = 0;
    paths[source] = 1;
    while (head < tail) {
      const v = queue[head++];
      for (let j = out.starts[v]; j < out.starts[v + 1]; j++) {
        const w = out.targets[j];
        if (distance[w] < 0) {
          distance[w] = distance[v] + 1;
          queue[tail++] = w;
        }
        if (distance[w] === distance[v] + 1) paths[w] += paths[v];
      }
    }
    for (let i = tail - 1; i > 0; i--) {
      const w = queue[i];
      const coefficient = (1 + delta[w]) / paths[w];
      for (let j = into.starts[w]; j < into.starts[w + 1]; j++) {
        const v = into.targets[j];
        if (distance[v] === distance[w] - 1) delta[v] += paths[v] * coefficient;
      }
      centralities[w] += delta[w];
    }
    for (let i = 0; i < tail; i++) {
      const v = queue[i];
      distance[v] = -1;
      paths[v] = 0;
      delta[v] = 0;
    }
  }
  const scale = n <= 2 ? 1 : n / sources.length / ((n - 1) * (n - 2));
  const values: NodeValues = {};
  nodes.forEach((node, i) => (values[node] = centralities[i] * scale));
  return values;
}

interface Csr {
  starts: Int32Array;
  targets: Int32Array;
}

/** Out- and in-neighbours as compressed rows (the same for an undirected graph). */
function adjacency(graph: Graph): { nodes: string[]; out: Csr; into: Csr } {
  const nodes = graph.nodes();
  const index = new Map(nodes.map((node, i) => [node, i]));
  const capacity = graph.directedSize + 2 * graph.undirectedSize;
  const rows = (neighbours: (node: string, visit: (neighbour: string) => void) => void): Csr => {
    const starts = new Int32Array(nodes.length + 1);
    const targets = new Int32Array(capacity);
    let end = 0;
    nodes.forEach((node, i) => {
      neighbours(node, (neighbour) => (targets[end++] = index.get(neighbour)!));
      starts[i + 1] = end;
    });
    return { starts, targets: targets.subarray(0, end) };
  };
  const out = rows((node, visit) => graph.forEachOutboundNeighbor(node, visit));
  const into =
    graph.type === 'undirected'
      ? out
      : rows((node, visit) => graph.forEachInboundNeighbor(node, visit));
  return { nodes, out, into };
}

/** `k` distinct integers of [0, n), by a partial Fisher–Yates shuffle. */
function drawDistinct(n: number, k: number, rng: Rng): number[] {
  const pool = Array.from({ length: n }, (_, i) => i);
  for (let i = 0; i < k; i++) {
    const j = i + Math.floor(rng() * (n - i));
    [pool[i], pool[j]] = [pool[j], pool[i]];
  }
  return pool.slice(0, k);
}
