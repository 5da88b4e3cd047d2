/** Resolve: corpus entities from the graph files, in partitions (entities.jsonl). */
import path from 'node:path';
import { ROOT } from '../paths';
import type { StageOutput } from '../stage-protocol';
import { graphFiles } from './corpus-files';

/**
 * The resolve module of dist/ alone: the extract stage's run module also loads the
 * extraction pipeline (about 60 MB, 40 MB of it live heap), which resolving
 * does not use and which would weigh in this stage's peak memory.
 */
const resolveFilesModule = () =>
  import(path.join(ROOT, 'dist/pipeline/resolve/resolve-files.js')) as Promise<
    typeof import('../../src/pipeline/resolve/resolve-files')
  >;

export async function resolveStage(args: { extracted: string }): Promise<StageOutput> {
  const { resolveGraphFiles } = await resolveFilesModule();
  const files = await graphFiles(args.extracted);
  const corpusEntities = await resolveGraphFiles(
    files,
    path.join(args.extracted, 'entities.jsonl'),
  );
  return { counts: { documents: files.length, corpusEntities } };
}
