/**
 * Eigenvector centrality (graphology-metrics), kept only where it converges:
 * on graphs whose power iteration does not settle the outcome says so.
 */
import type Graph from 'graphology';
import eigenvectorCentrality from 'graphology-metrics/centrality/eigenvector';
import { DEFAULT_ATTEMPTS, untilConverged, type Attempt } from './converge';
import type { EdgeWeight, IterativeOutcome } from './types';

export interface EigenvectorOptions {
  getEdgeWeight: EdgeWeight;
  attempts: readonly Attempt[];
}

export const EIGENVECTOR_DEFAULTS: EigenvectorOptions = {
  getEdgeWeight: 'weight',
  attempts: DEFAULT_ATTEMPTS,
};

export function robustEigenvector(
  graph: Graph,
  options: Partial<EigenvectorOptions> = {},
): IterativeOutcome {
  const { getEdgeWeight, attempts } = { ...EIGENVECTOR_DEFAULTS, ...options };
  if (graph.order === 0) return { values: {}, note: 'empty graph' };
  return untilConverged(attempts, ({ maxIterations, tolerance }) =>
    eigenvectorCentrality(graph, { getEdgeWeight, maxIterations, tolerance }),
  );
}
