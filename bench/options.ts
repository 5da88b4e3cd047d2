/** `npm run bench -- [options]`. */
import { availableParallelism } from 'node:os';
import { Command, InvalidArgumentError } from 'commander';

/** What `--stages` may name: the pipeline stages and the baselines, as the report names them. */
export const STAGE_CHOICES = [
  'ingest',
  'jieba-tag',
  'extract-startup',
  'extract-1-worker',
  'extract',
  'load',
  'neo4j-admin-import',
  'naive-load',
  'analyze',
  'analytics',
] as const;
export type StageChoice = (typeof STAGE_CHOICES)[number];

/** Stages whose throughput is per MB of text, which only an ingest run of the same size counts. */
const NEED_INGEST: StageChoice[] = ['jieba-tag', 'extract-1-worker', 'extract'];

export interface BenchOptions {
  sizes: number[];
  runs: number;
  /** Runs per figure from size 1000 on, where one run takes minutes. */
  largeRuns: number;
  workers: number;
  /** Size at which extraction on one worker is compared with `workers`. */
  scalingSize: number;
  /** Sizes at which the naive loader runs (it is slow). */
  naiveSizes: number[];
  /** Runs of the naive loader per size: one by default, it takes minutes. */
  naiveRuns: number;
  neo4j: boolean;
  analyticsEdges: number;
  seed: string;
  /** The stages and baselines to run (default: all); the others' outputs must be there already. */
  stages: Set<StageChoice>;
}

const positive = (value: string) => {
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new InvalidArgumentError('expects a whole number > 0');
  return n;
};
const list = (value: string) => value.split(',').map((v) => positive(v.trim()));

/** The `--stages` list, checked: known names, and ingest with the stages that need it. */
export function stageList(value: string): Set<StageChoice> {
  const names = value.split(',').map((v) => v.trim());
  for (const name of names) {
    if (!(STAGE_CHOICES as readonly string[]).includes(name))
      throw new InvalidArgumentError(`expects names among ${STAGE_CHOICES.join(', ')}`);
  }
  const stages = new Set(names as StageChoice[]);
  const orphan = NEED_INGEST.find((name) => stages.has(name) && !stages.has('ingest'));
  if (orphan) throw new InvalidArgumentError(`${orphan} needs ingest (it counts the text)`);
  return stages;
}

export function parseOptions(argv: string[]): BenchOptions {
  const program = new Command('bench')
    .description('throughput, wall time and peak memory per stage, with baselines')
    .option('--sizes <list>', 'copies of the sample reports per corpus', list, [10, 100, 1000])
    .option('--runs <n>', 'runs per figure (the median is reported)', positive, 3)
    .option('--large-runs <n>', 'runs per figure from size 1000 on (default: --runs)', positive)
    .option('--workers <n>', 'extraction worker threads', positive, availableParallelism())
    .option(
      '--scaling-size <n>',
      'size for 1 worker vs --workers and the start-up baseline (default: the largest)',
      positive,
    )
    .option(
      '--naive-sizes <list>',
      'sizes for the naive one-MERGE-per-record loader',
      list,
      [10, 100],
    )
    .option('--naive-runs <n>', 'runs of the naive loader per size', positive, 1)
    .option('--no-neo4j', 'skip the stages that write to Neo4j')
    .option(
      '--analytics-edges <n>',
      'edges of the synthetic analytics graph (0: skip)',
      Number,
      1_000_000,
    )
    .option('--seed <seed>', 'seed of the name variants and the synthetic graph', 'bench')
    .option(
      '--stages <list>',
      `only these stages and baselines (${STAGE_CHOICES.join(', ')}); the outputs of the others must be there`,
      stageList,
      new Set(STAGE_CHOICES),
    )
    .parse(argv);
  const o = program.opts();
  const sizes = [...new Set<number>(o.sizes)].sort((a, b) => a - b);
  return {
    sizes,
    runs: o.runs,
    largeRuns: o.largeRuns ?? o.runs,
    workers: o.workers,
    scalingSize: o.scalingSize ?? sizes[sizes.length - 1],
    naiveSizes: o.naiveSizes,
    naiveRuns: o.naiveRuns,
    neo4j: o.neo4j,
    analyticsEdges: o.analyticsEdges,
    seed: o.seed,
    stages: o.stages,
  };
}
