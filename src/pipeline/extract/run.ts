/**
 * Extraction of a whole corpus, streamed: documents flow through the worker pool
 * a few at a time and go straight to disk, so memory stays flat however many there
 * are. Only the corpus-level step sees every document, and it needs little:
 * the known names (a short list) between the passes.
 *
 *   sources ─► first pass (ingest, entities) ─► spooled documents and first-pass graphs
 *           ─► known names ─► second pass (known names, relations) ─► <doc>.json
 *           ─► documents.jsonl, the documents' lines copied in input order
 *
 * The workers read and write the documents and graphs themselves; the calling
 * thread hands out tasks and gets back where each line went, so on a machine with
 * as many workers as cores it takes next to no time from them.
 *
 * The corpus's identity of things needs no pass of its own: the loader merges
 * every entity on its key (`graph/keys.ts`), across documents.
 */
import { promises as fs } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { UsageError } from '../../errors';
import { DOCUMENTS_FILE } from '../../io/documents-file';
import { listReports } from '../ingest/reports';
import type { KnownNames } from './known-names';
import { forEachInOrder } from './in-order';
import { LineAt, copyLines, lineSpans } from '../../io/jsonl-spans';
import { ExtractionPool, openExtractionPool } from './workers';
import type { DocumentSource, FirstPassOutcome, SecondPassOutcome, SecondPassTask } from './tasks';

export interface CorpusExtractOptions {
  /** Report files or folders, or documents.jsonl files written by `kg ingest`. */
  inputs: string[];
  out: string;
  /** Worker threads; 0 runs every task in the calling thread. */
  workers: number;
  /** Size limit per report file. */
  maxBytes?: number;
  /** Told about each input that fails; the batch goes on without it. */
  onFailure?: (problem: string) => void;
  /** Told about each input read with a warning (bytes replaced). */
  onWarning?: (warning: string) => void;
  /** Told after each document of each pass. */
  onProgress?: (pass: 'first' | 'second', done: number) => void;
}

export interface GraphsSummary {
  documents: number;
  failed: number;
  entities: number;
  relations: number;
  facts: number;
  out: string;
  /** The normalized documents, in input order. */
  documentsFile: string;
  /** The `<doc>.json` files, in input order. */
  graphFiles: string[];
}

/** A documents.jsonl is read record by record; anything else is a report file or folder. */
async function* documentSources(
  inputs: string[],
  maxBytes: number | undefined,
): AsyncGenerator<DocumentSource> {
  for (const input of inputs) {
    const isFile = (await fs.stat(input).catch(() => undefined))?.isFile();
    if (isFile && input.endsWith('.jsonl')) {
      let line = 0;
      for await (const span of lineSpans(input)) yield { jsonl: input, line: ++line, span };
    } else {
      for (const file of await listReports([input])) yield { file, maxBytes };
    }
  }
}

interface Spooled {
  document: LineAt;
  graph: LineAt;
}

/**
 * Documents in flight per worker. Results are taken in input order, so a worker that
 * is ahead idles once the window is full behind one slow task: a worker still
 * loading its resources (seconds) or a long document. A deep window rides that
 * out (2 per worker left each worker idle 7-14% of a 2-worker run); a pending
 * result is a few spans, so 32 cost nothing.
 */
const IN_FLIGHT = 32;

/**
 * Documents per task: one message each way per batch, not per document. Small
 * enough that the last batches of a pass still share out evenly between workers.
 */
const BATCH = 8;

const inFlight = (pool: ExtractionPool) => Math.max(1, (pool.workers * IN_FLIGHT) / BATCH);

async function* inBatches<T>(items: Iterable<T> | AsyncIterable<T>): AsyncGenerator<T[]> {
  let batch: T[] = [];
  for await (const item of items) {
    batch.push(item);
    if (batch.length === BATCH) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length) yield batch;
}

/** First pass: documents and first-pass graphs spooled in `spool`, known names gathered. */
async function firstPass(
  pool: ExtractionPool,
  options: CorpusExtractOptions,
  spool: string,
): Promise<{ spooled: Spooled[]; known: KnownNames; failed: number }> {
  const spooled: Spooled[] = [];
  const known: KnownNames = new Map();
  let failed = 0;
  const take = (outcome: FirstPassOutcome) => {
    if (!outcome.ok) {
      failed++;
      options.onFailure?.(outcome.problem);
      return;
    }
    if (outcome.warning) options.onWarning?.(outcome.warning);
    spooled.push({ document: outcome.document, graph: outcome.graph });
    // In input order, the first document to name a thing decides its type,
    // as `collectKnownNames` over the whole corpus would.
    for (const [name, type] of outcome.known) if (!known.has(name)) known.set(name, type);
    options.onProgress?.('first', spooled.length);
  };
  await forEachInOrder(
    inBatches(documentSources(options.inputs, options.maxBytes)),
    inFlight(pool),
    (sources) => pool.firstPass(sources.map((source) => ({ source, spool }))),
    (outcomes) => outcomes.forEach(take),
  );
  return { spooled, known, failed };
}

/** Second pass: every document's final graph written to `<doc>.json`. */
async function secondPass(
  pool: ExtractionPool,
  options: CorpusExtractOptions,
  spooled: Spooled[],
  files: Omit<SecondPassTask, keyof Spooled>,
): Promise<Omit<GraphsSummary, 'documentsFile' | 'out'>> {
  const summary = { documents: 0, failed: 0, entities: 0, relations: 0, facts: 0 };
  const graphFiles: string[] = [];
  const take = (outcome: SecondPassOutcome) => {
    if (!outcome.ok) {
      summary.failed++;
      options.onFailure?.(outcome.problem);
      return;
    }
    summary.documents++;
    summary.entities += outcome.entities;
    summary.relations += outcome.relations;
    summary.facts += outcome.facts;
    graphFiles.push(path.join(options.out, `${outcome.name}.json`));
    options.onProgress?.('second', summary.documents);
  };
  await forEachInOrder(
    inBatches(spooled),
    inFlight(pool),
    (batch) => pool.secondPass(batch.map((s) => ({ ...files, ...s }))),
    (outcomes) => outcomes.forEach(take),
  );
  return { ...summary, graphFiles };
}

/** The extract stage: both passes, documents.jsonl and one `<doc>.json` per document in `out`. */
export async function extractCorpus(options: CorpusExtractOptions): Promise<GraphsSummary> {
  await fs.mkdir(options.out, { recursive: true });
  const work = await fs.mkdtemp(path.join(options.out, '.kg-extract-'));
  const documentsFile = path.join(options.out, DOCUMENTS_FILE);
  const pool = openExtractionPool(options.workers);
  try {
    const first = await firstPass(pool, options, work);
    const knownFile = path.join(work, 'known.json');
    await fs.writeFile(knownFile, JSON.stringify([...first.known]));
    const second = await secondPass(pool, options, first.spooled, {
      knownFile,
      out: options.out,
    });
    // Written aside and moved into place: the input may be this very file.
    const documents = path.join(work, DOCUMENTS_FILE);
    await copyLines(
      first.spooled.map((s) => s.document),
      documents,
    );
    await fs.rename(documents, documentsFile);
    return { ...second, failed: first.failed + second.failed, out: options.out, documentsFile };
  } finally {
    await pool.close();
    await fs.rm(work, { recursive: true, force: true });
  }
}

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

/** Both passes, streamed to `options.out`; failures on stderr, the batch goes on. */
export async function extractStage(options: ExtractOptions): Promise<GraphsSummary> {
  return extractCorpus({
    inputs: options.inputs,
    out: options.out,
    workers: await workerCount(options.workers, options.inputs),
    onFailure: (problem) => console.error(`kg extract: ${problem}`),
    onWarning: (warning) => console.error(`kg extract: ${warning}`),
  });
}
