/** Extract: both passes over documents.jsonl in worker threads, one graph file per document. */
import { promises as fs } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { extractRunModule } from '../product';
import type { StageOutput } from '../stage-protocol';

export async function extractStage(args: {
  documents: string;
  out: string;
  workers: number;
}): Promise<StageOutput> {
  // Set-up, not timed: removing the last run's 5,000 files takes seconds of one thread.
  await fs.rm(args.out, { recursive: true, force: true });
  const started = performance.now();
  const { extractCorpus } = await extractRunModule();
  const s = await extractCorpus({ inputs: [args.documents], out: args.out, workers: args.workers });
  return {
    timedMs: performance.now() - started,
    counts: {
      documents: s.documents,
      failed: s.failed,
      entities: s.entities,
      relations: s.relations,
      facts: s.facts,
    },
  };
}
