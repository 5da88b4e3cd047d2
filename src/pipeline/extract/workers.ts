/**
 * Where the extraction tasks run: a pool of worker threads (piscina), one per
 * core by default, or the calling thread itself when `workers` is 0. Each worker
 * loads the gazetteer and teaches jieba once (a second, and several hundred MB),
 * so the threads live as long as the pool, across both passes. The gazetteer's
 * pack is made before the workers start, so that they all read the same one.
 */
import path from 'node:path';
import { Piscina } from 'piscina';
import { ensureGazetteerPacked } from '../../gazetteer/gazetteer';
import type { FirstPassOutcome, FirstPassTask, SecondPassOutcome, SecondPassTask } from './tasks';

export interface ExtractionPool {
  readonly workers: number;
  /** Runs a batch of tasks in one thread, one after the other. */
  firstPass(tasks: FirstPassTask[]): Promise<FirstPassOutcome[]>;
  secondPass(tasks: SecondPassTask[]): Promise<SecondPassOutcome[]>;
  close(): Promise<void>;
}

/**
 * Workers load the compiled task module beside this one; run from the
 * TypeScript sources (tests, the benchmark), they load the `.ts` file through tsx.
 */
function taskModule(): { filename: string; execArgv: string[] } {
  const extension = path.extname(__filename);
  return {
    filename: path.join(__dirname, `tasks${extension}`),
    execArgv: extension === '.ts' ? ['--require', 'tsx/cjs'] : [],
  };
}

/**
 * The tasks' code (the recognizers, jieba, the ingest decoders) is loaded only
 * where the tasks run: a thread that hands them to workers does not compile it.
 */
function inThisThread(): ExtractionPool {
  const tasks = import('./tasks');
  return {
    workers: 0,
    firstPass: async (batch) => (await tasks).runFirstPasses(batch),
    secondPass: async (batch) => (await tasks).runSecondPasses(batch),
    close: async () => undefined,
  };
}

/**
 * A worker allocates several MB of short-lived objects per document. V8's default
 * young generation fills every ~16 MB, and each scavenge promotes what is still in
 * use then, which the old generation's collector must mark again later; a larger
 * young generation lets most of it die young (×1000 on one worker: 75 → 69 CPU s,
 * about 100 MB more at peak).
 */
const YOUNG_GENERATION_MB = 256;

function inWorkers(workers: number): ExtractionPool {
  ensureGazetteerPacked();
  const piscina = new Piscina({
    ...taskModule(),
    // The module has no default export; a worker checks at start that this one exists.
    name: 'runFirstPasses',
    minThreads: workers,
    maxThreads: workers,
    idleTimeout: Infinity,
    resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB },
  });
  return {
    workers,
    firstPass: (batch) => piscina.run(batch, { name: 'runFirstPasses' }),
    secondPass: (batch) => piscina.run(batch, { name: 'runSecondPasses' }),
    close: () => piscina.destroy(),
  };
}

export function openExtractionPool(workers: number): ExtractionPool {
  if (!Number.isInteger(workers) || workers < 0)
    throw new RangeError(`kg extract: workers must be a whole number ≥ 0, got ${workers}`);
  return workers === 0 ? inThisThread() : inWorkers(workers);
}
