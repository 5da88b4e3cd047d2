/** Extract: both passes over documents.jsonl in worker threads, one graph file per document. */
import { promises as fs } from 'node:fs';
import { extractRunModule } from '../product';
import type { StageOutput } from '../stage-protocol';

export async function extractStage(args: {
  documents: string;
  out: string;
  workers: number;
}): Promise<StageOutput> {
  const { extractCorpus } = await extractRunModule();
  await fs.rm(args.out, { recursive: true, force: true });
  const s = await extractCorpus({ inputs: [args.documents], out: args.out, workers: args.workers });
  return {
    counts: {
      documents: s.documents,
      failed: s.failed,
      entities: s.entities,
      relations: s.relations,
      facts: s.facts,
    },
  };
}
