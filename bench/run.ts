/**
 * `npm run bench`: generates corpora of the sample reports ×N (names varied), runs
 * every stage on each in child processes, several times, and reports the median
 * throughput, wall time and peak memory per stage, beside baselines measured in
 * the same run, to reports/bench.json and reports/bench.md.
 *
 * The load stages write into a scratch Neo4j of the run's own (its own home under
 * data/runs/bench/scratch/, its own port, 127.0.0.1 only), never into the user's
 * database; a home left by an interrupted run is removed by the next. --no-neo4j
 * skips them. Before the timed loads of a size, untimed batched loads of the
 * same corpus warm the server up (JIT, page cache), so that neither the batched
 * nor the naive loader pays for it.
 */
import { promises as fs } from 'node:fs';
import { availableParallelism, loadavg, totalmem } from 'node:os';
import path from 'node:path';
import { runStage } from './child';
import { ensureCorpus } from './corpus';
import { BenchOptions, StageChoice, parseOptions } from './options';
import { REPORT_DIR, SCRATCH_DIR, workDir } from './paths';
import { gazetteerModule, scratchServerModule } from './product';
import { BenchReport, SizeResult, checkTargets, markdown } from './report';
import type { StageResult } from './stage-protocol';
import type { StageName } from './stages';
import { Measured, summarize } from './stats';
import { processCpuMs } from './process-cpu';

const log = (message: string) => process.stderr.write(`bench: ${message}\n`);
const loadAverages: number[] = [];

/** Stages that failed: the benchmark goes on without them and reports why. */
const failures: { stage: string; problem: string }[] = [];

/**
 * Runs a stage `runs` times; `amount` gives one run's work (MB or rows) from its
 * result. A failing stage is reported and left out (undefined), the rest goes on.
 * With `server`, the log gives the scratch server's CPU time beside the child's.
 */
async function measure(
  runCount: number,
  label: string,
  stage: StageName,
  args: object,
  amount: (result: StageResult) => number,
  unit: Measured['unit'],
  server?: ScratchNeo4j,
): Promise<Measured | undefined> {
  const runs: StageResult[] = [];
  const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
  for (let i = 1; i <= runCount; i++) {
    loadAverages.push(loadavg()[0]);
    const serverBefore = server?.cpuMs();
    const result = await runStage(stage, args).catch((error: Error) => {
      failures.push({ stage: label, problem: error.message });
      log(`${label} run ${i}/${runCount} FAILED: ${error.message}`);
    });
    if (!result) return undefined;
    const serverAfter = server?.cpuMs();
    const serverCpu =
      serverBefore === undefined || serverAfter === undefined
        ? ''
        : `, server CPU ${seconds(serverAfter - serverBefore)}`;
    log(
      `${label} run ${i}/${runCount}: ${seconds(result.wallMs)}, ${Math.round(result.peakMb)} MB, ` +
        `CPU ${seconds(result.cpuMs)}${serverCpu}`,
    );
    runs.push(result);
  }
  return summarize(runs, amount(runs[runs.length - 1]), unit);
}

/**
 * Benchmarks one corpus size; `neo4j` is the scratch server for the load stages
 * (undefined: they are skipped).
 */
async function benchSize(
  options: BenchOptions,
  size: number,
  neo4j: ScratchNeo4j | undefined,
): Promise<SizeResult> {
  const corpus = await ensureCorpus(size, options.seed);
  log(`×${size}: ${corpus.files} reports, ${(corpus.bytes / 1e6).toFixed(1)} MB in ${corpus.dir}`);
  const work = workDir(size);
  const documents = path.join(work, 'documents.jsonl');
  const extracted = path.join(work, 'extracted');
  const stages: SizeResult['stages'] = {};
  const baselines: SizeResult['baselines'] = {};
  const at = (name: string) => `×${size} ${name}`;
  const runs = size >= 1000 ? options.largeRuns : options.runs;
  const megabytes = (bytes: number) => () => bytes / 1e6;
  const chosen = (name: StageChoice) => options.stages.has(name);

  if (!chosen('ingest')) return benchStored(options, size, { corpus, stages, baselines }, neo4j);
  stages.ingest = await measure(
    runs,
    at('ingest'),
    'ingest',
    { corpus: corpus.dir, work },
    megabytes(corpus.bytes),
    'MB/s',
  );
  // Without documents there is nothing for the later stages to work on.
  if (!stages.ingest) return { corpus, stages, baselines };
  const text = megabytes(stages.ingest.counts.textBytes);
  if (chosen('jieba-tag'))
    baselines['jieba-tag'] = await measure(
      runs,
      at('jieba-tag'),
      'jieba-tag',
      { documents },
      text,
      'MB/s',
    );
  if (size === options.scalingSize && chosen('extract-startup')) {
    // Workers read the gazetteer's pack, which the extract stage makes before they
    // start: made here too, so the baseline is what each worker pays.
    (await gazetteerModule()).ensureGazetteerPacked();
    baselines['extract-startup'] = await measure(
      runs,
      at('extract start-up'),
      'extract-startup',
      {},
      () => 0,
      'MB/s',
    );
  }
  if (size === options.scalingSize && options.workers > 1 && chosen('extract-1-worker'))
    baselines['extract-1-worker'] = await measure(
      runs,
      at('extract, 1 worker'),
      'extract',
      { documents, out: extracted, workers: 1 },
      text,
      'MB/s',
    );
  if (chosen('extract')) {
    stages.extract = await measure(
      runs,
      at(`extract, ${options.workers} workers`),
      'extract',
      { documents, out: extracted, workers: options.workers },
      text,
      'MB/s',
    );
    if (!stages.extract) return { corpus, stages, baselines };
  }
  return benchStored(options, size, { corpus, stages, baselines }, neo4j);
}

/** The stages after extraction, on the extracted folder of `size` (this run's or an earlier one's). */
async function benchStored(
  options: BenchOptions,
  size: number,
  result: SizeResult,
  server: ScratchNeo4j | undefined,
): Promise<SizeResult> {
  const { stages, baselines } = result;
  const work = workDir(size);
  const extracted = path.join(work, 'extracted');
  const at = (name: string) => `×${size} ${name}`;
  const runs = size >= 1000 ? options.largeRuns : options.runs;
  const chosen = (name: StageChoice) => options.stages.has(name);
  if (server) {
    const neo4j = server.uri;
    const records = (r: StageResult) => r.counts.records;
    const naive = options.naiveSizes.includes(size) && chosen('naive-load');
    if (chosen('load') || naive) await warmUp(size, { extracted, neo4j });
    if (chosen('load'))
      stages.load = await measure(
        runs,
        at('load'),
        'load',
        { extracted, neo4j },
        records,
        'rows/s',
        server,
      );
    if (chosen('neo4j-admin-import'))
      baselines['neo4j-admin-import'] = await measure(
        runs,
        at('neo4j-admin import'),
        'admin-import',
        { extracted, work },
        records,
        'rows/s',
      );
    if (naive)
      baselines['naive-load'] = await measure(
        options.naiveRuns,
        at('naive load'),
        'naive-load',
        { extracted, neo4j },
        records,
        'rows/s',
        server,
      );
  }
  if (chosen('analyze'))
    stages.analyze = await measure(
      runs,
      at('analyze'),
      'analyze',
      { extracted },
      (r) => r.counts.rows,
      'rows/s',
    );
  return result;
}

/** Most untimed warm-up loads per size. */
const WARM_UP_LOADS = 6;

/**
 * Untimed batched loads of the corpus before the timed loads of a size, until one
 * is no longer clearly faster than the one before (at most WARM_UP_LOADS): a
 * freshly started server compiles (JIT) and caches pages over its first loads,
 * which the first timed loader would pay alone. Each timed run empties the
 * database first, as it always does.
 */
async function warmUp(size: number, args: { extracted: string; neo4j: string }): Promise<void> {
  let previousMs = Infinity;
  for (let i = 1; i <= WARM_UP_LOADS; i++) {
    const result = await runStage('load', args).catch((error: Error) => {
      log(`×${size} warm-up: ${error.message}`);
    });
    if (!result) return;
    log(`×${size} warm-up load ${i} (untimed): ${(result.wallMs / 1000).toFixed(2)} s`);
    if (result.wallMs > 0.85 * previousMs) return;
    previousMs = result.wallMs;
  }
}

interface ScratchNeo4j {
  uri: string;
  /** The server's CPU time so far (undefined where it cannot be read). */
  cpuMs(): number | undefined;
  /** Stops the server and deletes its home; safe to call more than once. */
  stop(): Promise<void>;
}

/**
 * Starts the run's scratch server, from here rather than from a stage (a server
 * started by a stage would hold that child's output pipes open), after removing
 * the homes of runs that were interrupted. Sized as the local server is, so the
 * load figures stay comparable.
 */
async function startScratchNeo4j(): Promise<ScratchNeo4j> {
  const scratch = await scratchServerModule();
  for (const home of await scratch.removeAbandonedScratchHomes(SCRATCH_DIR)) {
    log(`removed ${home}, left by an interrupted run`);
  }
  const home = await scratch.newScratchHome(SCRATCH_DIR);
  const server = await scratch
    .startScratchServer(home, { heapMb: 512, pageCacheMb: 128 })
    .catch(async (error: unknown) => {
      await scratch.removeScratchHome(home);
      throw error;
    });
  log(`load stages write into a scratch Neo4j at ${server.uri} (home ${home})`);
  let stopped: Promise<void> | undefined;
  const stop = () => (stopped ??= server.stop().then(() => scratch.removeScratchHome(home)));
  return { uri: server.uri, cpuMs: () => processCpuMs(server.pid), stop };
}

/** On Ctrl-C or a kill, stops the scratch server (detached, it would outlive the run). */
function stopOnSignal(scratch: ScratchNeo4j): void {
  const interrupted = (signal: NodeJS.Signals) => {
    log(`${signal}: stopping the scratch Neo4j`);
    void scratch.stop().finally(() => process.exit(130));
  };
  process.once('SIGINT', interrupted);
  process.once('SIGTERM', interrupted);
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv);
  const writes = (['load', 'naive-load', 'neo4j-admin-import'] as const).some((s) =>
    options.stages.has(s),
  );
  const scratch = options.neo4j && writes ? await startScratchNeo4j() : undefined;
  if (scratch) stopOnSignal(scratch);
  try {
    await benchAll(options, scratch);
  } finally {
    await scratch?.stop();
  }
}

async function benchAll(options: BenchOptions, neo4j: ScratchNeo4j | undefined): Promise<void> {
  const sizes: Record<string, SizeResult> = {};
  for (const size of options.sizes) sizes[size] = await benchSize(options, size, neo4j);
  const analytics =
    options.analyticsEdges && options.stages.has('analytics')
      ? await measure(
          options.runs,
          `analytics on ${options.analyticsEdges} edges`,
          'analytics-1m',
          { edges: options.analyticsEdges, perNode: 5, seed: options.seed },
          (r) => r.counts.edges,
          'rows/s',
        )
      : undefined;
  const partial = {
    options,
    machine: {
      cpus: availableParallelism(),
      memoryGb: Math.round(totalmem() / 2 ** 30),
      node: process.version,
    },
    loadAverages,
    failures,
    sizes,
    analytics,
  };
  const report: BenchReport = { ...partial, targets: checkTargets(partial) };
  await fs.mkdir(REPORT_DIR, { recursive: true });
  await fs.writeFile(path.join(REPORT_DIR, 'bench.json'), JSON.stringify(report, null, 2) + '\n');
  const table = markdown(report);
  await fs.writeFile(path.join(REPORT_DIR, 'bench.md'), table);
  console.log(table);
  log(`written ${path.join(REPORT_DIR, 'bench.json')} and bench.md`);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
