/** `kg load [DIR]`: loads extraction output (per-document graphs and documents.jsonl) into Neo4j. */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { UsageError } from '../errors';
import { neo4jConfig, openDriver } from '../neo4j/connection';
import { applySchema } from '../neo4j/schema';
import { readExtractionOutput } from '../pipeline/analyze/input/read-extraction';
import { DOCUMENTS_FILE, readDocuments } from '../pipeline/ingest';
import { loadCorpus, type Corpus, type LoadSummary } from '../pipeline/load';

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

/** The graphs of a folder of extraction output and the documents beside them. */
export async function readCorpus(dir: string): Promise<{ corpus: Corpus; failures: string[] }> {
  const { graphs, failures } = await readExtractionOutput(dir);
  const documentsFile = path.join(dir, DOCUMENTS_FILE);
  const messages = failures.map((f) => f.message);
  if (!existsSync(documentsFile)) {
    messages.push(
      `${documentsFile} is missing: articles get no title, date or hash, and relations no sentences`,
    );
  }
  const documents = existsSync(documentsFile) ? await readDocuments(documentsFile) : [];
  return { corpus: { documents, graphs }, failures: messages };
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
