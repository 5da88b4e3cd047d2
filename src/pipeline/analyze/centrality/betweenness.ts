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
import { breadthFirstOrder, buildAdjacency, renumber, type Adjacency } from './adjacency';
import type { NodeValues } from './types';

export interface BetweennessOptions {
  /** Up to this many nodes betweenness is exact; above, it is sampled. */
  exactMaxNodes: number;
  /** Source nodes drawn when sampling (at most; see `sampleEdgeBudget`). */
  samples: number;
  /**
   * Sources × edges stay within this budget (each source costs one pass over
   * the edges): larger graphs get fewer sources, never fewer than `minSamples`.
   */
  sampleEdgeBudget: number;
  minSamples: number;
  rng: Rng;
  /** A prebuilt adjacency of the graph, to share between metrics (weights unused). */
  adjacency?: Adjacency;
}

export const BETWEENNESS_DEFAULTS: Omit<BetweennessOptions, 'rng'> = {
  exactMaxNodes: 2000,
  samples: 100,
  sampleEdgeBudget: 50_000_000,
  minSamples: 50,
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
  const o = { ...BETWEENNESS_DEFAULTS, rng: createRng(), ...options };
  const samples = sampleCount(graph.size, o);
  if (graph.order <= o.exactMaxNodes || samples >= graph.order) {
    const values = betweennessCentrality(graph, { getEdgeWeight: null, normalized: true });
    return { values, sources: graph.order, exact: true };
  }
  const values = sampledBetweenness(graph, samples, o.rng, o.adjacency);
  return { values, sources: samples, exact: false };
}

/** `samples`, fewer when they would exceed the edge budget, not fewer than `minSamples`. */
export function sampleCount(
  edges: number,
  { samples, sampleEdgeBudget, minSamples }: Omit<BetweennessOptions, 'rng' | 'exactMaxNodes'>,
): number {
  const affordable = Math.floor(sampleEdgeBudget / Math.max(edges, 1));
  return Math.min(samples, Math.max(minSamples, affordable));
}

/**
 * Brandes' accumulation from `k` distinct random sources, scaled by n/k and
 * normalized. Written over flat typed arrays (no predecessor lists: a
 * predecessor is an in-neighbour one step nearer the source), which keeps a
 * source at O(n + m) with no allocation.
 */
export function sampledBetweenness(
  graph: Graph,
  k: number,
  rng: Rng,
  adjacency: Adjacency = buildAdjacency(graph, null),
): NodeValues {
  const { nodes } = adjacency;
  const n = nodes.length;
  // Searches run over rows renumbered in breadth-first order (see adjacency.ts).
  const order = breadthFirstOrder(adjacency.outbound);
  const rank = new Int32Array(n);
  order.forEach((v, i) => (rank[v] = i));
  const out = renumber(adjacency.outbound, order, rank);
  const into =
    adjacency.inbound === adjacency.outbound ? out : renumber(adjacency.inbound, order, rank);
  const distance = new Int32Array(n).fill(-1);
  const paths = new Float64Array(n);
  const delta = new Float64Array(n);
  const queue = new Int32Array(n);
  const centralities = new Float64Array(n);
  const sources = drawDistinct(n, Math.min(k, n), rng);
  for (const source of sources.map((v) => rank[v])) {
    let head = 0;
    let tail = 0;
    queue[tail++] = source;
    distance[source] = 0;
    paths[source] = 1;
    while (head < tail) {
      const v = queue[head++];
      const next = distance[v] + 1;
      const pathsToV = paths[v];
      for (let j = out.starts[v], end = out.starts[v + 1]; j < end; j++) {
        const w = out.targets[j];
        if (distance[w] < 0) {
          distance[w] = next;
          queue[tail++] = w;
        }
        if (distance[w] === next) paths[w] += pathsToV;
      }
    }
    for (let i = tail - 1; i > 0; i--) {
      const w = queue[i];
      const coefficient = (1 + delta[w]) / paths[w];
      const previous = distance[w] - 1;
      for (let j = into.starts[w], end = into.starts[w + 1]; j < end; j++) {
        const v = into.targets[j];
        if (distance[v] === previous) delta[v] += paths[v] * coefficient;
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
  nodes.forEach((node, v) => (values[node] = centralities[rank[v]] * scale));
  return values;
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
