/**
 * Load stage: extraction output → Neo4j. See README.md in this folder for the
 * public API and src/pipeline/load/model.ts for the graph model.
 */
export {
  loadCorpus,
  countGraph,
  DEFAULT_BATCH_SIZE,
  type Corpus,
  type LoadOptions,
  type LoadSummary,
} from './loader';
export type { Hierarchy } from './hierarchy';
export { readCorpus } from './read-corpus';
