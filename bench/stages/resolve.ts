/** Resolve: corpus entities from the graph files, in partitions (entities.jsonl). */
import path from 'node:path';
import { parallelModule } from '../product';
import type { StageOutput } from '../stage-protocol';
import { graphFiles } from './corpus-files';

export async function resolveStage(args: { extracted: string }): Promise<StageOutput> {
  const { resolveGraphFiles } = await parallelModule();
  const files = await graphFiles(args.extracted);
  const corpusEntities = await resolveGraphFiles(
    files,
    path.join(args.extracted, 'entities.jsonl'),
  );
  return { counts: { documents: files.length, corpusEntities } };
}
