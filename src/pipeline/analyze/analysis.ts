/**
 * The pure core of `kg analyze`: every projection of the input, its
 * centralities, its communities and what ties each community together.
 */
import { computeMetrics, type GraphMetrics, type MetricsOptions } from './centrality';
import { describeCommunities, type CommunitySummary } from './communities/describe';
import {
  COMMUNITY_DEFAULTS,
  detectCommunities,
  type CommunityOutcome,
} from './communities/louvain';
import { buildProjection, type CoMentionOptions, type ProjectionGraph } from './projections';
import { DEFAULT_SEED } from './rng';
import { PROJECTIONS, type AnalysisInput, type ProjectionName } from './types';

export interface AnalysisOptions {
  /** Seeds Louvain and the betweenness sample: the same seed gives the same results. */
  seed: string | number;
  /** Louvain's resolution. */
  resolution: number;
  metrics: Partial<Omit<MetricsOptions, 'seed'>>;
  coMention: Partial<CoMentionOptions>;
}

export const ANALYSIS_DEFAULTS: AnalysisOptions = {
  seed: DEFAULT_SEED,
  resolution: COMMUNITY_DEFAULTS.resolution,
  metrics: {},
  coMention: {},
};

export interface ProjectionAnalysis {
  name: ProjectionName;
  graph: ProjectionGraph;
  metrics: GraphMetrics;
  communities: CommunityOutcome;
  summaries: CommunitySummary[];
}

export type Analysis = Record<ProjectionName, ProjectionAnalysis>;

/**
 * Every projection analysed, one after the other: built, measured, split into
 * communities. With `use`, each is handed to it whole and then keeps its nodes
 * only (the reports need no more), so that one projection's edges are held at a
 * time, not all four (at ×1000 the co-mention edges alone run to hundreds of
 * thousands); without it, every projection comes back whole.
 */
export function analyzeInput(
  input: AnalysisInput,
  options: Partial<AnalysisOptions> = {},
  use?: (analysis: ProjectionAnalysis) => void,
): Analysis {
  const analysis = {} as Analysis;
  for (const name of PROJECTIONS) {
    const graph = buildProjection(name, input, options.coMention);
    analysis[name] = analyzeProjection(name, graph, options);
    if (!use) continue;
    use(analysis[name]);
    graph.clearEdges();
  }
  return analysis;
}

export function analyzeProjection(
  name: ProjectionName,
  graph: ProjectionGraph,
  options: Partial<AnalysisOptions> = {},
): ProjectionAnalysis {
  const { seed, resolution, metrics: metricsOptions } = { ...ANALYSIS_DEFAULTS, ...options };
  const metrics = computeMetrics(graph, { ...metricsOptions, seed });
  const communities = detectCommunities(graph, { resolution, seed });
  // PageRank orders members; weighted degree stands in where PageRank did not converge.
  const rank = metrics.values.pagerank ?? metrics.values.weightedDegree ?? {};
  const summaries = describeCommunities(graph, communities.communities, rank);
  return { name, graph, metrics, communities, summaries };
}
