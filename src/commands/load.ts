/** `kg load [DIR]`: loads extraction output (per-document graphs and documents.jsonl) into Neo4j. */
import { UsageError } from '../errors';
import { neo4jConfig, openDriver } from '../neo4j/connection';
import { applySchema } from '../neo4j/schema';
import { loadCorpus, readCorpus, type LoadSummary } from '../pipeline/load';

export interface LoadCommandOptions {
  dir: string;
  batchSize?: string;
}

export async function run(options: LoadCommandOptions): Promise<void> {
  const started = Date.now();
  const batchSize = parseBatchSize(options.batchSize);
  const { corpus, failures } = await readCorpus(options.dir);
  const config = neo4jConfig();
  const driver = await openDriver(config);
  let summary: LoadSummary;
  try {
    await applySchema(driver);
    summary = await loadCorpus(driver, corpus, {
      batchSize,
      onProgress: (message) => console.error(`kg load: ${message}`),
    });
  } finally {
    await driver.close();
  }
  for (const warning of [...failures, ...summary.warnings]) console.error(`kg load: ${warning}`);
  console.log(loadReport(summary, (Date.now() - started) / 1000, config.uri));
  if (failures.length || summary.failed) {
    throw new UsageError(`${failures.length + summary.failed} graphs could not be loaded`, 1);
  }
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
export function loadReport(s: LoadSummary, seconds: number, uri: string): string {
  return [
    `kg load: ${s.documents} documents in ${seconds.toFixed(1)}s: ${s.loaded} loaded, ` +
      `${s.replaced} replaced, ${s.skipped} unchanged (skipped)` +
      (s.failed ? `, ${s.failed} failed` : ''),
    `  written   ${s.nodesCreated} nodes and ${s.relationshipsCreated} relationships created, ` +
      `${s.nodesDeleted} and ${s.relationshipsDeleted} deleted`,
    `  graph     ${s.totals.nodes} nodes, ${s.totals.relationships} relationships in Neo4j at ${uri}`,
  ].join('\n');
}
