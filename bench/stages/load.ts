/**
 * Load: the batched loader (issue 7) writing the whole corpus into an empty
 * database, streaming the graphs from the extraction folder as `kg load` does
 * (reading them is part of the timed load).
 */
import { performance } from 'node:perf_hooks';
import type { CorpusEntry } from '../../src/pipeline/load';
import { loadModule } from '../product';
import type { StageOutput } from '../stage-protocol';
import { openEmptyDatabase } from './scratch-database';

/** Progress with the process's memory, to see whether it stays flat (KG_DEBUG=1). */
function debugProgress(message: string): void {
  const mb = (n: number) => `${Math.round(n / 2 ** 20)} MB`;
  const m = process.memoryUsage();
  console.error(
    `${message} (rss ${mb(m.rss)}, heap ${mb(m.heapUsed)}, external ${mb(m.external)})`,
  );
}

export async function loadStage(args: {
  extracted: string;
  /** Bolt URI of the harness's scratch server. */
  neo4j: string;
  batchSize?: number;
  batchRows?: number;
}): Promise<StageOutput> {
  const { loadEntries, streamCorpus } = await loadModule();
  const driver = await openEmptyDatabase(args.neo4j);
  try {
    const started = performance.now();
    const corpus = await streamCorpus(args.extracted);
    let records = 0;
    async function* counted(): AsyncGenerator<CorpusEntry> {
      for await (const entry of corpus.entries) {
        records += entry.graph.entities.length + entry.graph.relations.length;
        yield entry;
      }
    }
    const s = await loadEntries(driver, counted(), {
      batchSize: args.batchSize,
      batchRows: args.batchRows,
      onProgress: process.env.KG_DEBUG ? debugProgress : undefined,
    });
    if (corpus.failures.length) throw new Error(`bench: ${corpus.failures.join('; ')}`);
    return {
      timedMs: performance.now() - started,
      counts: { records, nodes: s.totals.nodes, relationships: s.totals.relationships },
    };
  } finally {
    await driver.close();
  }
}
