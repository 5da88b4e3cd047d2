/**
 * Eigenvector centrality, kept only where it converges: on graphs whose power
 * iteration does not settle the outcome says so.
 *
 * The iteration is graphology-metrics' own (x ← x + Ax, normalized by the
 * Euclidean norm, L1 stopping rule), run over an adjacency built once (see
 * adjacency.ts) instead of an index rebuilt on every call.
 */
import type Graph from 'graphology';
import { buildAdjacency, byKey, type Adjacency } from './adjacency';
import { DEFAULT_ATTEMPTS, untilConverged, type Attempt } from './converge';
import type { EdgeWeight, IterativeOutcome } from './types';

export interface EigenvectorOptions {
  getEdgeWeight: EdgeWeight;
  attempts: readonly Attempt[];
  /** A prebuilt adjacency of the graph (with the same edge weights), to share between metrics. */
  adjacency?: Adjacency;
}

export const EIGENVECTOR_DEFAULTS: EigenvectorOptions = {
  getEdgeWeight: 'weight',
  attempts: DEFAULT_ATTEMPTS,
};

export function robustEigenvector(
  graph: Graph,
  options: Partial<EigenvectorOptions> = {},
): IterativeOutcome {
  const { getEdgeWeight, attempts, adjacency } = { ...EIGENVECTOR_DEFAULTS, ...options };
  if (graph.order === 0) return { values: {}, note: 'empty graph' };
  const rows = adjacency ?? buildAdjacency(graph, getEdgeWeight);
  return untilConverged(attempts, (attempt) => byKey(rows.nodes, eigenvectorValues(rows, attempt)));
}

/** Power iteration; throws "failed to converge" as graphology-metrics does. */
export function eigenvectorValues(
  adjacency: Adjacency,
  { maxIterations, tolerance }: Attempt,
): Float64Array {
  const { starts, targets, weights } = adjacency.outbound;
  const n = adjacency.nodes.length;
  let x = new Float64Array(n).fill(1 / n);
  let last = new Float64Array(n);
  for (let iteration = 0; iteration < maxIterations; iteration++) {
    [last, x] = [x, last];
    x.set(last);
    for (let i = 0; i < n; i++) {
      const xi = last[i];
      for (let j = starts[i]; j < starts[i + 1]; j++) x[targets[j]] += xi * weights[j];
    }
    const norm = euclideanNorm(x);
    let error = 0;
    for (let i = 0; i < n; i++) {
      x[i] /= norm;
      error += Math.abs(x[i] - last[i]);
    }
    if (error < n * tolerance) return x;
  }
  throw new Error('eigenvector: failed to converge');
}

/** The norm without overflow (scaled by the largest magnitude); 1 when infinite, as there. */
function euclideanNorm(x: Float64Array): number {
  let max = 0;
  for (let i = 0; i < x.length; i++) max = Math.max(max, Math.abs(x[i]));
  if (max === Infinity) return 1;
  if (max === 0) return 0;
  let s = 0;
  for (let i = 0; i < x.length; i++) s += (x[i] / max) * (x[i] / max);
  return max * Math.sqrt(s);
}
