/**
 * Extraction at scale: worker threads across cores, documents streamed through
 * them and onto disk, corpus-level resolution in partitions.
 */
export {
  extractCorpus,
  extractGraphs,
  type CorpusExtractOptions,
  type CorpusSummary,
  type GraphsSummary,
} from './extract-corpus';
export { resolveGraphFiles } from './resolve-files';
