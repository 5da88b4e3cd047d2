import path from 'node:path';
import { someInputsFailed } from '../errors';
import { analyze } from '../pipeline/analyze';
import { analyzeReport } from './analyze';
import { extractStage } from './extract';
import { loadReport } from './load';
import { loadFolder } from '../pipeline/load/run';

export interface BuildOptions {
  inputs: string[];
  out: string;
  /** Worker threads for extraction (`--workers`); see `workerCount`. */
  workers?: string;
  /** Remove the articles that are not in the input (`--prune`). */
  prune?: boolean;
}

/** The whole pipeline, stage after stage, ending with a short summary. */
export async function run(options: BuildOptions): Promise<void> {
  const started = Date.now();
  const extracted = path.join(options.out, 'extracted');
  // Each stage streams through the files of the one before: no stage holds the corpus.
  const s = await extractStage({
    inputs: options.inputs,
    out: extracted,
    workers: options.workers,
  });
  // Only this run's graphs: the folder may hold those of reports no longer in the input.
  const loaded = await loadFolder(extracted, {
    files: s.graphFiles,
    prune: options.prune,
    failedBefore: s.failed,
  });
  const analyzed = await analyze();
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(
    [
      `kg build: done in ${seconds}s`,
      `  documents read   ${s.documents}${s.failed ? ` (${s.failed} failed)` : ''}`,
      `  entities         ${s.entities}`,
      `  relations        ${s.relations}`,
      `  facts            ${s.facts}`,
      `  output           ${s.out}`,
      ...loadReport(loaded),
      ...analyzeReport(analyzed),
    ].join('\n'),
  );
  // Inputs that failed were named as they failed; the graph holds the rest.
  if (s.failed) throw someInputsFailed(s.failed, s.documents + s.failed, 'inputs');
  if (loaded.summary.failed)
    throw someInputsFailed(loaded.summary.failed, loaded.summary.documents, 'graphs');
}
