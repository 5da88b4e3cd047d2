/** Load: the batched loader (issue 7) writing the whole corpus into an empty database. */
import { performance } from 'node:perf_hooks';
import { loadModule } from '../product';
import type { StageOutput } from '../stage-protocol';
import { readCorpus, recordCount } from './corpus-files';
import { openEmptyDatabase } from './scratch-database';

export async function loadStage(args: {
  extracted: string;
  batchSize?: number;
}): Promise<StageOutput> {
  const { loadCorpus } = await loadModule();
  const corpus = await readCorpus(args.extracted);
  const driver = await openEmptyDatabase();
  try {
    const started = performance.now();
    const s = await loadCorpus(driver, corpus, { batchSize: args.batchSize });
    return {
      timedMs: performance.now() - started,
      counts: {
        records: recordCount(corpus.graphs),
        nodes: s.totals.nodes,
        relationships: s.totals.relationships,
      },
    };
  } finally {
    await driver.close();
  }
}
