/** `kg load [DIR]`: loads extraction output (per-document graphs and documents.jsonl) into Neo4j. */
import { UsageError } from '../errors';
import { neo4jConfig, openDriver } from '../neo4j/connection';
import { applySchema } from '../neo4j/schema';
import type { Driver } from 'neo4j-driver';
import { loadEntries, streamCorpus, type LoadOptions, type LoadSummary } from '../pipeline/load';

export interface LoadCommandOptions {
  dir: string;
  batchSize?: string;
}

export interface LoadStageResult {
  summary: LoadSummary;
  /** The server loaded into. */
  uri: string;
}

/**
 * Loads an extraction output folder (its graphs read one at a time as they are
 * loaded, so memory stays flat); the stage of `kg load` and `kg build`. Graphs that
 * cannot be read are reported on stderr and counted as failed.
 */
export async function loadFolder(dir: string, batchSize?: number): Promise<LoadStageResult> {
  const stream = await streamCorpus(dir);
  const result = await withSchema((driver, loadOptions) =>
    loadEntries(driver, stream.entries, { ...loadOptions, batchSize }),
  );
  for (const message of [...stream.failures, ...stream.warnings]) {
    console.error(`kg load: ${message}`);
  }
  result.summary.failed += stream.failures.length;
  return result;
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

/** `kg load`: an extraction output folder into Neo4j. */
export async function run(options: LoadCommandOptions): Promise<void> {
  const started = Date.now();
  const { summary, uri } = await loadFolder(options.dir, parseBatchSize(options.batchSize));
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(
    [
      `kg load: ${summary.documents} documents in ${seconds}s`,
      ...loadReport({ summary, uri }),
      `  written          ${summary.nodesCreated} nodes, ${summary.relationshipsCreated} ` +
        `relationships created; ${summary.nodesDeleted} and ${summary.relationshipsDeleted} deleted`,
    ].join('\n'),
  );
  if (summary.failed) throw new UsageError(`${summary.failed} graphs could not be loaded`, 1);
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
