/**
 * The pure core of `kg analyze`: every projection of the input, its
 * centralities, its communities and what ties each community together.
 */
import { computeMetrics, rankOf, type GraphMetrics, type MetricsOptions } from './centrality';
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
 * The largest projection first: while it is built and analysed, the results of
 * no other are held yet (at ×1000 the co-mention graph, 474k edges, is most of
 * the stage's peak, and the other three's results about 100 MB beside it).
 * Each projection is seeded on its own, so the order changes no result.
 */
const ANALYSIS_ORDER: readonly ProjectionName[] = [
  'co-mention',
  'entity',
  'person-place-program',
  'cooperation',
];

/**
 * Every projection analysed, one after the other: built, measured, split into
 * communities. With `use`, each is handed to it whole and then keeps its nodes
 * only (the reports need no more), so that one projection's edges are held at a
 * time, not all four (at ×1000 the co-mention edges alone run to hundreds of
 * thousands); without it, every projection comes back whole. The result lists
 * the projections in `PROJECTIONS` order, whatever order they were analysed in.
 */
export function analyzeInput(
  input: AnalysisInput,
  options: Partial<AnalysisOptions> = {},
  use?: (analysis: ProjectionAnalysis) => void,
): Analysis {
  const analysed = new Map<ProjectionName, ProjectionAnalysis>();
  for (const name of ANALYSIS_ORDER) {
    const graph = buildProjection(name, input, options.coMention);
    const projection = analyzeProjection(name, graph, options);
    analysed.set(name, projection);
    if (!use) continue;
    use(projection);
    graph.clearEdges();
  }
  return Object.fromEntries(PROJECTIONS.map((name) => [name, analysed.get(name)!])) as Analysis;
}

export function analyzeProjection(
  name: ProjectionName,
  graph: ProjectionGraph,
  options: Partial<AnalysisOptions> = {},
): ProjectionAnalysis {
  const { seed, resolution, metrics: metricsOptions } = { ...ANALYSIS_DEFAULTS, ...options };
  const metrics = computeMetrics(graph, { ...metricsOptions, seed });
  const communities = detectCommunities(graph, { resolution, seed });
  const summaries = describeCommunities(graph, communities.communities, rankOf(metrics));
  return { name, graph, metrics, communities, summaries };
}
