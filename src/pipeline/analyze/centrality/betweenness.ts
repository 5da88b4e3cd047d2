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
import { createUnweightedIndexedBrandes } from 'graphology-shortest-path/indexed-brandes';
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

/** Brandes' accumulation from `k` distinct random sources, scaled by n/k and normalized. */
export function sampledBetweenness(graph: Graph, k: number, rng: Rng): NodeValues {
  const n = graph.order;
  const brandes = createUnweightedIndexedBrandes(graph);
  const delta = new Float64Array(n);
  const centralities = new Float64Array(n);
  for (const source of drawDistinct(n, Math.min(k, n), rng)) {
    const [S, P, sigma] = brandes(source);
    delta.fill(0);
    while (S.size !== 0) {
      const w = S.pop()!;
      const coefficient = (1 + delta[w]) / sigma[w];
      for (const v of P[w]) delta[v] += sigma[v] * coefficient;
      if (w !== source) centralities[w] += delta[w];
    }
  }
  const scale = n <= 2 ? 1 : n / Math.min(k, n) / ((n - 1) * (n - 2));
  const values: NodeValues = {};
  graph.nodes().forEach((node, i) => (values[node] = centralities[i] * scale));
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
