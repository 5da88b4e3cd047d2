/**
 * Analytics with graphology: projections of the knowledge graph, centrality,
 * Louvain communities, write-back to Neo4j and reports. See README.md here for
 * the public API.
 */
export { analyze, ANALYZE_DEFAULTS, type AnalyzeOptions, type AnalyzeResult } from './run';
export {
  analyzeInput,
  analyzeProjection,
  ANALYSIS_DEFAULTS,
  type Analysis,
  type AnalysisOptions,
  type ProjectionAnalysis,
} from './analysis';
export {
  computeMetrics,
  METRICS,
  METRICS_DEFAULTS,
  MetricColumn,
  rankOf,
  type GraphMetrics,
  type MetricName,
  type MetricsOptions,
  type NodeValues,
} from './centrality';
export { betweenness, sampledBetweenness, BETWEENNESS_DEFAULTS } from './centrality/betweenness';
export { closeness } from './centrality/closeness';
export { degree, weightedDegrees } from './centrality/degree';
export { robustEigenvector } from './centrality/eigenvector';
export { robustPagerank, PAGERANK_DEFAULTS } from './centrality/pagerank';
export {
  detectCommunities,
  COMMUNITY_DEFAULTS,
  type CommunityOptions,
  type CommunityOutcome,
} from './communities/louvain';
export { describeCommunities, type CommunitySummary } from './communities/describe';
export * from './projections';
export { inputFromGraphs, inputFromGraphFiles, GraphsInputBuilder } from './input/from-graphs';
export { readFromNeo4j } from './input/from-neo4j';
export { graphFilesIn, readExtractionOutput } from '../../io/graph-file';
export { writeBack, type WriteBackSummary } from './write-back';
export { writeReports, type ReportFiles } from './report/write-reports';
export { createRng, DEFAULT_SEED, type Rng } from './rng';
export * from './types';
