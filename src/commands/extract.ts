import { promises as fs } from 'node:fs';
import { availableParallelism } from 'node:os';
import { listReports, readDocuments } from '../pipeline/ingest';
import { extractCorpus, type GraphsSummary } from '../pipeline/parallel';
import { UsageError } from '../errors';
import type { DocumentGraph } from '../types/graph';
import type { NormalizedDocument } from '../types/document';

export interface ExtractOptions {
  inputs: string[];
  out: string;
  /** Worker threads (`--workers`), 0 for none; by default one per core for large inputs. */
  workers?: number | string;
}

export interface ExtractSummary extends GraphsSummary {
  /** What the later stages (load, analyze) work on, in memory. */
  corpus: { documents: NormalizedDocument[]; graphs: DocumentGraph[] };
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

async function readGraph(file: string): Promise<DocumentGraph> {
  return JSON.parse(await fs.readFile(file, 'utf8')) as DocumentGraph;
}

/**
 * Extracts and writes the outputs like `kg extract`, then hands the whole corpus
 * back in memory for the later stages of `kg build`. For corpora too large to
 * hold, use `extractCorpus` (src/pipeline/parallel), which only streams to disk.
 */
export async function extractFiles(options: ExtractOptions): Promise<ExtractSummary> {
  const s = await extractCorpus({
    inputs: options.inputs,
    out: options.out,
    workers: await workerCount(options.workers, options.inputs),
    onFailure: (problem) => console.error(`kg extract: ${problem}`),
  });
  // The load stage needs each document's metadata and text for Article nodes and provenance.
  const documents = await readDocuments(s.documentsFile);
  const graphs = await Promise.all(s.graphFiles.map(readGraph));
  return { ...s, corpus: { documents, graphs } };
}

export async function run(options: ExtractOptions): Promise<void> {
  const s = await extractCorpus({
    inputs: options.inputs,
    out: options.out,
    workers: await workerCount(options.workers, options.inputs),
    onFailure: (problem) => console.error(`kg extract: ${problem}`),
  });
  console.log(
    `extracted ${s.entities} entities, ${s.relations} relations, ${s.facts} facts from ${s.documents} documents → ${s.out}`,
  );
}
