/**
 * All centralities of one graph in one call: the entry point for the analysis
 * and for benchmarks, which hand in any graphology graph (edge weights in
 * `weight`, or none).
 */
import type Graph from 'graphology';
import { createRng, DEFAULT_SEED } from '../rng';
import { buildAdjacency, type Adjacency } from './adjacency';
import { betweenness, BETWEENNESS_DEFAULTS, type BetweennessOptions } from './betweenness';
import { closeness, CLOSENESS_MAX_NODES } from './closeness';
import { degree, weightedDegrees } from './degree';
import { robustEigenvector } from './eigenvector';
import { PAGERANK_DEFAULTS, robustPagerank, type PagerankOptions } from './pagerank';
import { MetricColumn, nodeIndex } from './metric-column';
import type { EdgeWeight, NodeValues } from './types';

export const METRICS = [
  'pagerank',
  'betweenness',
  'degree',
  'weightedDegree',
  'eigenvector',
  'closeness',
] as const;
export type MetricName = (typeof METRICS)[number];

export interface MetricsOptions {
  getEdgeWeight: EdgeWeight;
  pagerank: Partial<Omit<PagerankOptions, 'getEdgeWeight' | 'adjacency'>>;
  betweenness: Partial<Omit<BetweennessOptions, 'rng' | 'adjacency'>>;
  /** Closeness is skipped above this many nodes. */
  closenessMaxNodes: number;
  /** Seed of the betweenness sample. */
  seed: string | number;
  /** Metrics not to compute (their values are null), to save time on very large graphs. */
  skip: readonly MetricName[];
}

export const METRICS_DEFAULTS: MetricsOptions = {
  getEdgeWeight: 'weight',
  pagerank: { alpha: PAGERANK_DEFAULTS.alpha },
  betweenness: BETWEENNESS_DEFAULTS,
  closenessMaxNodes: CLOSENESS_MAX_NODES,
  seed: DEFAULT_SEED,
  skip: [],
};

export interface GraphMetrics {
  nodes: number;
  edges: number;
  /** Values per metric; null where the metric did not converge or was skipped. */
  values: Record<MetricName, MetricColumn | null>;
  /** How each metric was computed (exact, sampled, converged, skipped, failed). */
  notes: Record<MetricName, string>;
  /** Milliseconds per metric, for reports and benchmarks. */
  milliseconds: Record<MetricName, number>;
}

export function computeMetrics(graph: Graph, options: Partial<MetricsOptions> = {}): GraphMetrics {
  const o = { ...METRICS_DEFAULTS, ...options };
  const result: GraphMetrics = {
    nodes: graph.order,
    edges: graph.size,
    values: {} as GraphMetrics['values'],
    notes: {} as GraphMetrics['notes'],
    milliseconds: {} as GraphMetrics['milliseconds'],
  };
  const index = nodeIndex(graph.nodes());
  const measure = (name: MetricName, run: () => { values: NodeValues | null; note: string }) => {
    const started = performance.now();
    // An empty projection (a corpus without such ties) has no values; graphology's
    // Brandes and BFS cannot even size their queues for it.
    const { values, note } = o.skip.includes(name)
      ? { values: null, note: 'skipped on request' }
      : graph.order === 0
        ? { values: {}, note: 'empty graph' }
        : run();
    result.milliseconds[name] = performance.now() - started;
    result.values[name] = values && MetricColumn.of(values, index);
    result.notes[name] = note;
  };
  // Built once, by the first metric that needs it (its time counts there).
  let adjacency: Adjacency | undefined;
  const shared = () => (adjacency ??= buildAdjacency(graph, o.getEdgeWeight));
  measure('degree', () => ({ values: degree(graph), note: 'distinct neighbours' }));
  measure('weightedDegree', () => ({
    values: weightedDegrees(graph, o.getEdgeWeight),
    note: o.getEdgeWeight ? `sum of "${o.getEdgeWeight}"` : 'unweighted',
  }));
  measure('pagerank', () =>
    robustPagerank(graph, {
      ...o.pagerank,
      getEdgeWeight: o.getEdgeWeight,
      adjacency: shared(),
    }),
  );
  measure('betweenness', () => {
    const outcome = betweenness(graph, {
      ...o.betweenness,
      rng: createRng(o.seed),
      adjacency: shared(),
    });
    const note = outcome.exact ? 'exact' : `sampled from ${outcome.sources} seeded sources`;
    return { values: outcome.values, note };
  });
  measure('eigenvector', () =>
    robustEigenvector(graph, { getEdgeWeight: o.getEdgeWeight, adjacency: shared() }),
  );
  measure('closeness', () => closeness(graph, o.closenessMaxNodes));
  return result;
}

/** What orders entities by importance: PageRank, or weighted degree where PageRank did not converge. */
export function rankOf(metrics: GraphMetrics): MetricColumn | null {
  return metrics.values.pagerank ?? metrics.values.weightedDegree;
}

export type { NodeValues } from './types';
export { MetricColumn } from './metric-column';
