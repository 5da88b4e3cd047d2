/**
 * `npm run bench`: generates corpora of the sample reports ×N (names varied), runs
 * every stage on each in child processes, several times, and reports the median
 * throughput, wall time and peak memory per stage, beside baselines measured in
 * the same run, to reports/bench.json and reports/bench.md.
 *
 * The load stages EMPTY the shared Neo4j database (under its lock, one run at a
 * time); pass --no-neo4j to leave it alone.
 */
import { spawnSync } from 'node:child_process';
import { promises as fs } from 'node:fs';
import { availableParallelism, loadavg, totalmem } from 'node:os';
import path from 'node:path';
import { runStage, ChildOptions } from './child';
import { ensureCorpus } from './corpus';
import { BenchOptions, parseOptions } from './options';
import { REPORT_DIR, ROOT, workDir } from './paths';
import { BenchReport, SizeResult, checkTargets, markdown } from './report';
import type { StageResult } from './stage-protocol';
import type { StageName } from './stages';
import { Measured, summarize } from './stats';

const log = (message: string) => process.stderr.write(`bench: ${message}\n`);
const loadAverages: number[] = [];

/** Stages that failed: the benchmark goes on without them and reports why. */
const failures: { stage: string; problem: string }[] = [];

/**
 * Runs a stage `runs` times; `amount` gives one run's work (MB or rows) from its
 * result. A failing stage is reported and left out (undefined), the rest goes on.
 */
async function measure(
  runCount: number,
  label: string,
  stage: StageName,
  args: object,
  amount: (result: StageResult) => number,
  unit: Measured['unit'],
  child: ChildOptions = {},
): Promise<Measured | undefined> {
  const runs: StageResult[] = [];
  for (let i = 1; i <= runCount; i++) {
    loadAverages.push(loadavg()[0]);
    const result = await runStage(stage, args, child).catch((error: Error) => {
      failures.push({ stage: label, problem: error.message });
      log(`${label} run ${i}/${runCount} FAILED: ${error.message}`);
    });
    if (!result) return undefined;
    log(
      `${label} run ${i}/${runCount}: ${(result.wallMs / 1000).toFixed(2)} s, ${Math.round(result.peakMb)} MB`,
    );
    runs.push(result);
  }
  return summarize(runs, amount(runs[runs.length - 1]), unit);
}

async function benchSize(options: BenchOptions, size: number): Promise<SizeResult> {
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
  baselines['jieba-tag'] = await measure(
    runs,
    at('jieba-tag'),
    'jieba-tag',
    { documents },
    text,
    'MB/s',
  );
  if (size === options.scalingSize) {
    baselines['extract-startup'] = await measure(
      runs,
      at('extract start-up'),
      'extract-startup',
      {},
      () => 0,
      'MB/s',
    );
  }
  if (size === options.scalingSize && options.workers > 1)
    baselines['extract-1-worker'] = await measure(
      runs,
      at('extract, 1 worker'),
      'extract',
      { documents, out: extracted, workers: 1 },
      text,
      'MB/s',
    );
  stages.extract = await measure(
    runs,
    at(`extract, ${options.workers} workers`),
    'extract',
    { documents, out: extracted, workers: options.workers },
    text,
    'MB/s',
  );
  if (!stages.extract) return { corpus, stages, baselines };
  const entities = stages.extract.counts.entities;
  stages.resolve = await measure(
    runs,
    at('resolve'),
    'resolve',
    { extracted },
    () => entities,
    'rows/s',
  );
  if (options.neo4j) {
    const records = (r: StageResult) => r.counts.records;
    stages.load = await measure(runs, at('load'), 'load', { extracted }, records, 'rows/s', {
      lockNeo4j: true,
    });
    baselines['neo4j-admin-import'] = await measure(
      runs,
      at('neo4j-admin import'),
      'admin-import',
      { extracted, work },
      records,
      'rows/s',
    );
    if (options.naiveSizes.includes(size))
      baselines['naive-load'] = await measure(
        options.naiveRuns,
        at('naive load'),
        'naive-load',
        { extracted },
        records,
        'rows/s',
        { lockNeo4j: true },
      );
  }
  stages.analyze = await measure(
    runs,
    at('analyze'),
    'analyze',
    { extracted },
    (r) => r.counts.rows,
    'rows/s',
  );
  return { corpus, stages, baselines };
}

/**
 * Starts the shared server (if it is not running) from here, not from a stage: a
 * server started by a stage would hold that child's output pipes open.
 */
function ensureNeo4j(): void {
  const cli = path.join(ROOT, 'dist/cli.js');
  const started = spawnSync(process.execPath, [cli, 'neo4j', 'start'], { stdio: 'inherit' });
  if (started.status !== 0) throw new Error('bench: could not start Neo4j (kg neo4j start)');
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv);
  if (options.neo4j) {
    log(
      'the load stages EMPTY the shared Neo4j database (rebuild it after; --no-neo4j skips them)',
    );
    ensureNeo4j();
  }
  const sizes: Record<string, SizeResult> = {};
  for (const size of options.sizes) sizes[size] = await benchSize(options, size);
  const analytics = options.analyticsEdges
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
