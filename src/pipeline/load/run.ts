/**
 * The load stage's shell: an extraction output folder into Neo4j, its graphs
 * read one at a time as they are loaded, so memory stays flat.
 */
import type { Driver } from 'neo4j-driver';
import { neo4jConfig, openDriver } from '../../neo4j/connection';
import { applySchema } from '../../neo4j/schema';
import { loadEntries, type LoadOptions, type LoadSummary } from './loader';
import { streamCorpus } from './read-corpus';

export interface LoadStageResult {
  summary: LoadSummary;
  /** The server loaded into. */
  uri: string;
}

/**
 * Loads an extraction output folder; the stage of `kg load` and `kg build`.
 * Graphs that cannot be read are reported on stderr and counted as failed.
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
