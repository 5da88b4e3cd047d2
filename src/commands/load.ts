/** `kg load [DIR]`: loads extraction output (per-document graphs and documents.jsonl) into Neo4j. */
import { UsageError } from '../errors';
import { neo4jConfig, openDriver } from '../neo4j/connection';
import { applySchema } from '../neo4j/schema';
import type { Driver } from 'neo4j-driver';
import {
  loadCorpus,
  loadEntries,
  streamCorpus,
  type Corpus,
  type LoadOptions,
  type LoadSummary,
} from '../pipeline/load';

export interface LoadCommandOptions {
  dir: string;
  batchSize?: string;
}

export interface LoadStageResult {
  summary: LoadSummary;
  /** The server loaded into. */
  uri: string;
}

/** The load stage of `kg build`: schema first, then the corpus held in memory; progress on stderr. */
export function loadStage(corpus: Corpus, batchSize?: number): Promise<LoadStageResult> {
  return withSchema((driver, options) => loadCorpus(driver, corpus, { ...options, batchSize }));
}

/** Opens the driver, applies the schema, loads, and prints the load's warnings. */
async function withSchema(
  load: (driver: Driver, options: LoadOptions) => Promise<LoadSummary>,
): Promise<LoadStageResult> {
  const config = neo4jConfig();
  const driver = await openDriver(config);
  try {
    await applySchema(driver);
    const summary = await load(driver, {
      onProgress: (message) => console.error(`kg load: ${message}`),
    });
    for (const warning of summary.warnings) console.error(`kg load: ${warning}`);
    return { summary, uri: config.uri };
  } finally {
    await driver.close();
  }
}

/** `kg load`: the folder's graphs are read one at a time as they are loaded, so memory stays flat. */
export async function run(options: LoadCommandOptions): Promise<void> {
  const started = Date.now();
  const batchSize = parseBatchSize(options.batchSize);
  const stream = await streamCorpus(options.dir);
  const { summary, uri } = await withSchema((driver, loadOptions) =>
    loadEntries(driver, stream.entries, { ...loadOptions, batchSize }),
  );
  for (const message of [...stream.failures, ...stream.warnings]) {
    console.error(`kg load: ${message}`);
  }
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(
    [
      `kg load: ${summary.documents} documents in ${seconds}s`,
      ...loadReport({ summary, uri }),
      `  written          ${summary.nodesCreated} nodes, ${summary.relationshipsCreated} ` +
        `relationships created; ${summary.nodesDeleted} and ${summary.relationshipsDeleted} deleted`,
    ].join('\n'),
  );
  const failed = stream.failures.length + summary.failed;
  if (failed) throw new UsageError(`${failed} graphs could not be loaded`, 1);
}

function parseBatchSize(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) {
    throw new UsageError(`--batch-size expects a whole number of documents, got "${value}"`);
  }
  return n;
}

/** The summary lines of a load, shared with `kg build`. */
export function loadReport({ summary: s, uri }: LoadStageResult): string[] {
  return [
    `  articles         ${s.loaded} loaded, ${s.replaced} replaced, ${s.skipped} unchanged` +
      (s.failed ? `, ${s.failed} failed` : ''),
    `  graph            ${s.totals.nodes} nodes, ${s.totals.relationships} relationships in ${uri}`,
  ];
}
