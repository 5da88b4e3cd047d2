/**
 * Load stage: extraction output → Neo4j. See README.md in this folder for the
 * public API and src/pipeline/load/model.ts for the graph model.
 */
export {
  loadCorpus,
  loadEntries,
  type Corpus,
  type CorpusEntry,
  type LoadOptions,
  type LoadSummary,
} from './loader';
export { DEFAULT_BATCH_ROWS } from './batches';
export { divisionHierarchy } from './divisions';
export type { Hierarchy } from './hierarchy';
export { readCorpus, streamCorpus, type CorpusStream } from './read-corpus';
export { countGraph } from '../../neo4j/executor';
