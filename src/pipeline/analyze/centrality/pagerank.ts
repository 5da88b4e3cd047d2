/**
 * PageRank (graphology-metrics), retried with a larger budget when it does not
 * converge, and reported rather than thrown when it never does.
 */
import type Graph from 'graphology';
import pagerank from 'graphology-metrics/centrality/pagerank';
import { DEFAULT_ATTEMPTS, untilConverged, type Attempt } from './converge';
import type { EdgeWeight, IterativeOutcome } from './types';

export interface PagerankOptions {
  /** Damping factor. */
  alpha: number;
  getEdgeWeight: EdgeWeight;
  attempts: readonly Attempt[];
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
  const { alpha, getEdgeWeight, attempts } = { ...PAGERANK_DEFAULTS, ...options };
  if (graph.order === 0) return { values: {}, note: 'empty graph' };
  return untilConverged(attempts, ({ maxIterations, tolerance }) =>
    pagerank(graph, { alpha, getEdgeWeight, maxIterations, tolerance }),
  );
}
