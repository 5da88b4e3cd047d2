import { promises as fs } from 'node:fs';
import { availableParallelism } from 'node:os';
import { listReports } from '../pipeline/ingest';
import { extractCorpus, type CorpusSummary } from '../pipeline/extract/run';
import { UsageError, someInputsFailed } from '../errors';

export interface ExtractOptions {
  inputs: string[];
  out: string;
  /** Worker threads (`--workers`), 0 for none; by default one per core for large inputs. */
  workers?: number | string;
}

/**
 * Below this much input, extracting in the calling thread is faster than starting
 * workers: each loads the gazetteer and jieba's dictionary anew (seconds, hundreds of MB).
 */
export const PARALLEL_FROM_BYTES = 2 * 1024 * 1024;

async function inputBytes(inputs: string[]): Promise<number> {
  const jsonl = inputs.filter((input) => input.endsWith('.jsonl'));
  const files = [...jsonl, ...(await listReports(inputs.filter((i) => !jsonl.includes(i))))];
  let bytes = 0;
  for (const file of files) bytes += (await fs.stat(file).catch(() => undefined))?.size ?? 0;
  return bytes;
}

/** `--workers`: a whole number of threads, 0 for none; unset, one per core for large inputs. */
export async function workerCount(
  value: number | string | undefined,
  inputs: string[],
): Promise<number> {
  if (value === undefined)
    return (await inputBytes(inputs)) < PARALLEL_FROM_BYTES ? 0 : availableParallelism();
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0)
    throw new UsageError(`--workers expects a whole number ≥ 0, got "${value}"`);
  return n;
}

/** Both passes and resolution, streamed to `options.out`; failures on stderr, the batch goes on. */
export async function extractStage(options: ExtractOptions): Promise<CorpusSummary> {
  return extractCorpus({
    inputs: options.inputs,
    out: options.out,
    workers: await workerCount(options.workers, options.inputs),
    onFailure: (problem) => console.error(`kg extract: ${problem}`),
    onWarning: (warning) => console.error(`kg extract: ${warning}`),
  });
}

export async function run(options: ExtractOptions): Promise<void> {
  const s = await extractStage(options);
  console.log(
    `extracted ${s.entities} entities, ${s.relations} relations, ${s.facts} facts from ${s.documents} documents → ${s.out}`,
  );
  if (s.failed) throw someInputsFailed(s.failed, s.documents + s.failed, 'inputs');
}
