/** Where the benchmark reads its seeds and writes its corpora, work files and report. */
import path from 'node:path';

export const ROOT = path.resolve(__dirname, '..');
export const RAW_DIR = path.join(ROOT, 'data/raw');
export const GOLD_DIR = path.join(ROOT, 'data/gold');
/** Git-ignored (data/runs/): generated corpora and stage outputs, kept between runs. */
export const BENCH_DIR = path.join(ROOT, 'data/runs/bench');
export const REPORT_DIR = path.join(ROOT, 'reports');
/** The benchmark's scratch Neo4j homes, one per run (the user's server is never written). */
export const SCRATCH_DIR = path.join(BENCH_DIR, 'scratch');

export const corpusDir = (size: number) => path.join(BENCH_DIR, 'corpus', `x${size}`);
export const workDir = (size: number) => path.join(BENCH_DIR, 'work', `x${size}`);
