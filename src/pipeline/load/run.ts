/**
 * The load stage's shell: an extraction output folder into Neo4j, its graphs
 * read one at a time as they are loaded, so memory stays flat; then the articles
 * of the graph that are not in the input are counted, or pruned.
 */
import type { Driver } from 'neo4j-driver';
import { neo4jConfig, openDriver } from '../../neo4j/connection';
import { applySchema } from '../../neo4j/schema';
import { addCounters, countGraph } from '../../neo4j/executor';
import { loadEntries, type LoadSummary } from './loader';
import { articlesNotIn, pruneArticles } from './prune';
import { streamCorpus } from './read-corpus';

export interface LoadFolderOptions {
  /** Most documents per write transaction. */
  batchSize?: number;
  /** The graph files to load (by default every `*.json` of the folder). */
  files?: string[];
  /** Remove the articles that are not in the input, with what only they contributed. */
  prune?: boolean;
  /**
   * Inputs that failed before this stage (extraction): their articles are not in
   * the input, so a prune would remove them; it is skipped instead.
   */
  failedBefore?: number;
}

export interface LoadStageResult {
  summary: LoadSummary;
  /** The server loaded into. */
  uri: string;
  /** Articles in the graph that are not in the input, after the prune if any. */
  notInInput: number;
  /** Articles removed by the prune. */
  pruned: number;
}

const say = (message: string) => console.error(`kg load: ${message}`);

/**
 * Loads an extraction output folder; the stage of `kg load` and `kg build`.
 * Graphs that cannot be read are reported on stderr and counted as failed.
 */
export async function loadFolder(
  dir: string,
  options: LoadFolderOptions = {},
): Promise<LoadStageResult> {
  const stream = await streamCorpus(dir, options.files);
  const config = neo4jConfig();
  const driver = await openDriver(config);
  try {
    await applySchema(driver);
    const summary = await loadEntries(driver, stream.entries, {
      batchSize: options.batchSize,
      onProgress: say,
    });
    for (const message of [...summary.warnings, ...stream.failures, ...stream.warnings]) {
      say(message);
    }
    summary.failed += stream.failures.length;
    const failed = summary.failed + (options.failedBefore ?? 0);
    const { notInInput, pruned } = await prune(driver, summary, options.prune === true, failed);
    return { summary, uri: config.uri, notInInput, pruned };
  } finally {
    await driver.close();
  }
}

/** Counts the articles not in the input and, when asked and safe, removes them. */
async function prune(
  driver: Driver,
  summary: LoadSummary,
  asked: boolean,
  failed: number,
): Promise<{ notInInput: number; pruned: number }> {
  const extra = await articlesNotIn(driver, summary.inputArticles);
  if (!asked || !extra.length) return { notInInput: extra.length, pruned: 0 };
  if (failed) {
    say(`not pruned: ${failed} inputs failed, and their articles would have been removed`);
    return { notInInput: extra.length, pruned: 0 };
  }
  addCounters(summary, await pruneArticles(driver, extra, { onProgress: say }));
  summary.totals = await countGraph(driver);
  return { notInInput: 0, pruned: extra.length };
}
