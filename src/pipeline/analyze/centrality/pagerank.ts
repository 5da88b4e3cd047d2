/**
 * PageRank, retried with a larger budget when it does not converge, and
 * reported rather than thrown when it never does.
 *
 * The iteration is graphology-metrics' own (same damping, dangling nodes,
 * weighted out-degree normalization and L1 stopping rule), run over an
 * adjacency built once (see adjacency.ts): graphology-metrics rebuilds its
 * index on every call and attempt, most of its time on a million edges.
 */
import type Graph from 'graphology';
import { buildAdjacency, byKey, type Adjacency } from './adjacency';
import { DEFAULT_ATTEMPTS, untilConverged, type Attempt } from './converge';
import type { EdgeWeight, IterativeOutcome } from './types';

export interface PagerankOptions {
  /** Damping factor. */
  alpha: number;
  getEdgeWeight: EdgeWeight;
  attempts: readonly Attempt[];
  /** A prebuilt adjacency of the graph (with the same edge weights), to share between metrics. */
  adjacency?: Adjacency;
}

export const PAGERANK_DEFAULTS: PagerankOptions = {
  alpha: 0.85,
  getEdgeWeight: 'weight',
  attempts: DEFAULT_ATTEMPTS,
};

export function robustPagerank(
  graph: Graph,
  options: Partial<PagerankOptions> = {},
): IterativeOutcome {
  const { alpha, getEdgeWeight, attempts, adjacency } = { ...PAGERANK_DEFAULTS, ...options };
  if (graph.order === 0) return { values: {}, note: 'empty graph' };
  const rows = adjacency ?? buildAdjacency(graph, getEdgeWeight);
  return untilConverged(attempts, (attempt) =>
    byKey(rows.nodes, pagerankValues(rows, alpha, attempt)),
  );
}

/** Power iteration; throws "failed to converge" as graphology-metrics does. */
export function pagerankValues(
  adjacency: Adjacency,
  alpha: number,
  { maxIterations, tolerance }: Attempt,
): Float64Array {
  const { starts, targets, weights } = adjacency.outbound;
  const n = adjacency.nodes.length;
  const p = 1 / n;
  const share = new Float64Array(weights.length);
  const dangling: number[] = [];
  for (let i = 0; i < n; i++) {
    let outDegree = 0;
    for (let j = starts[i]; j < starts[i + 1]; j++) outDegree += weights[j];
    if (outDegree === 0) dangling.push(i);
    for (let j = starts[i]; j < starts[i + 1]; j++) share[j] = weights[j] / outDegree;
  }
  let x = new Float64Array(n).fill(p);
  let last = new Float64Array(n);
  for (let iteration = 0; iteration < maxIterations; iteration++) {
    [last, x] = [x, last];
    x.fill(0);
    let dangleSum = 0;
    for (const i of dangling) dangleSum += last[i];
    const teleport = alpha * dangleSum * p + (1 - alpha) * p;
    for (let i = 0; i < n; i++) {
      const flow = alpha * last[i];
      for (let j = starts[i]; j < starts[i + 1]; j++) x[targets[j]] += flow * share[j];
      x[i] += teleport;
    }
    let error = 0;
    for (let i = 0; i < n; i++) error += Math.abs(x[i] - last[i]);
    if (error < n * tolerance) return x;
  }
  throw new Error('pagerank: failed to converge');
}
