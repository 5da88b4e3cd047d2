/** `kg build`: the pipeline's stages (all, or `--from`/`--to` a slice), then one summary. */
import { promises as fs } from 'node:fs';
import { someInputsFailed } from '../errors';
import { analyze } from '../pipeline/analyze';
import { extractStage } from '../pipeline/extract/run';
import { ingestInto } from '../pipeline/ingest/run';
import { loadFolder } from '../pipeline/load/run';
import { sliceStages, stageFiles, type Stage } from '../pipeline/registry';
import { analyzeReport } from './analyze';
import { loadReport } from './load';

export interface BuildOptions {
  inputs: string[];
  /** The working folder every stage reads from and writes to. */
  out: string;
  /** Worker threads for extraction (`--workers`); see `workerCount`. */
  workers?: string;
  /** Remove the articles that are not in the input (`--prune`). */
  prune?: boolean;
  /** First and last stage to run (`--from`, `--to`). */
  from?: string;
  to?: string;
}

/** What the stages run so far tell the ones after them, and the summary. */
interface BuildState {
  slice: Set<Stage>;
  lines: string[];
  /** Inputs that failed (ingest, extract) and graphs that could not be loaded. */
  failedInputs: { failed: number; total: number };
  failedGraphs: { failed: number; total: number };
  /** The graph files this run's extraction wrote (the folder may hold older ones). */
  graphFiles?: string[];
}

type StageRun = (options: BuildOptions, state: BuildState) => Promise<void>;

/** Each stage: run it on what the stage before left in `out`, and add to the summary. */
const RUNS: Record<Stage, StageRun> = {
  ingest: async ({ inputs, out }, state) => {
    // Run with extraction, reports are ingested inside extraction's first pass,
    // in its worker threads; extract leaves ingest's documents.jsonl in place.
    if (state.slice.has('extract')) return;
    const files = stageFiles(out);
    const { documents, failures } = await ingestInto(out, inputs);
    for (const failure of failures) console.error(`kg ingest: ${failure.message}`);
    state.failedInputs = { failed: failures.length, total: documents + failures.length };
    state.lines.push(
      `  documents read   ${documents}${failures.length ? ` (${failures.length} failed)` : ''}`,
      `  output           ${files.documents}`,
    );
  },
  extract: async ({ inputs, out, workers }, state) => {
    const files = stageFiles(out);
    const fused = state.slice.has('ingest');
    const s = await extractStage({
      inputs: fused ? inputs : [files.documents],
      out: files.extracted,
      workers,
    });
    if (fused) await fs.copyFile(s.documentsFile, files.documents);
    state.graphFiles = s.graphFiles;
    state.failedInputs.failed += s.failed;
    if (fused) state.failedInputs.total = s.documents + s.failed;
    state.lines.push(
      `  documents read   ${s.documents}${s.failed ? ` (${s.failed} failed)` : ''}`,
      `  entities         ${s.entities}`,
      `  relations        ${s.relations}`,
      `  facts            ${s.facts}`,
      `  output           ${s.out}`,
    );
  },
  load: async ({ out, prune }, state) => {
    const loaded = await loadFolder(stageFiles(out).extracted, {
      files: state.graphFiles,
      prune,
      failedBefore: state.failedInputs.failed,
    });
    state.failedGraphs = { failed: loaded.summary.failed, total: loaded.summary.documents };
    state.lines.push(...loadReport(loaded));
  },
  analyze: async ({ out }, state) => {
    state.lines.push(...analyzeReport(await analyze({ out: stageFiles(out).reports })));
  },
};

export async function run(options: BuildOptions): Promise<void> {
  const started = Date.now();
  const stages = sliceStages(options.from, options.to);
  const state: BuildState = {
    slice: new Set(stages),
    lines: [],
    failedInputs: { failed: 0, total: 0 },
    failedGraphs: { failed: 0, total: 0 },
  };
  // Each stage streams through the files of the one before: no stage holds the corpus.
  for (const stage of stages) await RUNS[stage](options, state);
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log([`kg build: ${stages.join(' → ')} done in ${seconds}s`, ...state.lines].join('\n'));
  // Inputs that failed were named as they failed; the graph holds the rest.
  const { failedInputs: inputs, failedGraphs: graphs } = state;
  if (inputs.failed) throw someInputsFailed(inputs.failed, inputs.total, 'inputs');
  if (graphs.failed) throw someInputsFailed(graphs.failed, graphs.total, 'graphs');
}
