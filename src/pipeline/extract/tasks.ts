/**
 * The two per-document passes of extraction, as tasks that run alike in a worker
 * thread or in the calling thread. Tasks and their outcomes carry file names and
 * byte spans, never texts: each task reads its document itself and writes what it
 * makes to disk, so the thread that hands out the tasks does next to nothing and no
 * thread holds more than the documents it is working on.
 *
 * First pass: ingest (or read) a document, find its entities, spool the document
 * (unless it is already a line of a documents.jsonl) and its first-pass graph, and
 * report the names the corpus-level pass needs. Second pass: add the corpus's known
 * names, extract relations, and write `<doc>.json`.
 */
import { isUtf8 } from 'node:buffer';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { threadId } from 'node:worker_threads';
import { ingestFile, replacedWarning } from '../ingest';
import { extractDocument, sentenceLocator } from '.';
import { extractRelations } from './relations';
import {
  KnownNameIndex,
  KnownNames,
  collectKnownNames,
  indexKnownNames,
  propagateKnownNames,
} from './known-names';
import { messageOf } from '../../errors';
import type { NormalizedDocument } from '../../types/document';
import { ENTITY_TYPES, type EntityType } from '../../types/graph';
import { parseDocument } from '../../io/documents-file';
import { decodeUtf8 } from '../../io/utf8';
import { parseGraph } from '../../io/graph-file';
import { LineAt, Span, appendLines, readSpan, readSpanBytes } from '../../io/jsonl-spans';

/** A report file to ingest, or one record of a documents.jsonl written by `kg ingest`. */
export type DocumentSource =
  { file: string; maxBytes?: number } | { jsonl: string; line: number; span: Span };

export interface FirstPassTask {
  source: DocumentSource;
  /** The folder where each thread spools the lines it makes, in a file of its own. */
  spool: string;
}

/** A failure names the input and the problem; the batch goes on without it. */
export interface TaskFailure {
  ok: false;
  problem: string;
}

export type FirstPassOutcome =
  | {
      ok: true;
      /** The normalized document as one JSON line (for documents.jsonl). */
      document: LineAt;
      /** The first-pass graph as one JSON line, spooled until the second pass. */
      graph: LineAt;
      /** This document's contribution to the corpus's known names, in order. */
      known: [string, EntityType][];
      /** Bytes of the file that did not decode and were replaced, as a warning. */
      warning?: string;
    }
  | TaskFailure;

export interface SecondPassTask {
  document: LineAt;
  graph: LineAt;
  /** A JSON file of the corpus's known names (`[name, type]` pairs). */
  knownFile: string;
  /** Where `<doc>.json` goes. */
  out: string;
}

export type SecondPassOutcome =
  { ok: true; name: string; entities: number; relations: number; facts: number } | TaskFailure;

function describe(source: DocumentSource): string {
  return 'file' in source ? source.file : `${source.jsonl}:${source.line}`;
}

/**
 * The document, and its line when it is to be copied as it stands: a documents.jsonl
 * record of valid UTF-8, kept byte for byte. Any other document is spooled as the
 * line it reads as (a bad byte read as U+FFFD, as a reader of the line would see it).
 */
async function readSource(
  source: DocumentSource,
): Promise<{ doc: NormalizedDocument; line: LineAt | string }> {
  if ('file' in source) {
    const doc = await ingestFile(source.file, source.maxBytes);
    return { doc, line: JSON.stringify(doc) };
  }
  const bytes = readSpanBytes(source.jsonl, source.span);
  const text = decodeUtf8(bytes);
  const doc = parseDocument(text);
  return { doc, line: isUtf8(bytes) ? { file: source.jsonl, span: source.span } : text };
}

async function runFirstPass(task: FirstPassTask): Promise<FirstPassOutcome> {
  try {
    const { doc, line } = await readSource(task.source);
    const graph = extractDocument(doc);
    const spool = path.join(task.spool, `thread-${threadId}.jsonl`);
    const toSpool = typeof line === 'string' ? [line] : [];
    const spans = appendLines(spool, [...toSpool, JSON.stringify(graph)]);
    return {
      ok: true,
      document: typeof line === 'string' ? { file: spool, span: spans[0] } : line,
      graph: { file: spool, span: spans[spans.length - 1] },
      known: [...collectKnownNames([graph])],
      ...(doc.replacedBytes && { warning: replacedWarning(doc.file, doc.replacedBytes) }),
    };
  } catch (error) {
    const problem = messageOf(error);
    // Ingest's errors already name the file.
    const where = describe(task.source);
    return { ok: false, problem: problem.startsWith(where) ? problem : `${where}: ${problem}` };
  }
}

/** The run's known names (`[name, type]` pairs), as the main thread wrote them. */
function readKnownNames(file: string): KnownNames {
  const pairs: unknown = JSON.parse(readFileSync(file, 'utf8'));
  const isPair = (p: unknown): p is [string, EntityType] =>
    Array.isArray(p) && typeof p[0] === 'string' && ENTITY_TYPES.includes(p[1]);
  if (!Array.isArray(pairs) || !pairs.every(isPair))
    throw new Error(`${file}: not a list of [name, entity type] pairs`);
  return new Map(pairs);
}

/** The known names of the current run; a worker reads the file once, not per document. */
let knownCache: { file: string; known: KnownNameIndex } | undefined;

function knownNames(file: string): KnownNameIndex {
  if (knownCache?.file !== file) {
    knownCache = { file, known: indexKnownNames(readKnownNames(file)) };
  }
  return knownCache.known;
}

async function runSecondPass(task: SecondPassTask): Promise<SecondPassOutcome> {
  let name = `${task.document.file}@${task.document.span.offset}`;
  try {
    const doc = parseDocument(readSpan(task.document.file, task.document.span));
    name = doc.name;
    const firstPass = parseGraph(readSpan(task.graph.file, task.graph.span), doc.name);
    const withKnown = propagateKnownNames(
      doc,
      firstPass,
      knownNames(task.knownFile),
      sentenceLocator(doc),
    );
    const graph = extractRelations(doc, withKnown);
    writeFileSync(path.join(task.out, `${graph.doc}.json`), JSON.stringify(graph, null, 2) + '\n');
    return {
      ok: true,
      name: graph.doc,
      entities: graph.entities.length,
      relations: graph.relations.length,
      facts: graph.facts.length,
    };
  } catch (error) {
    return { ok: false, problem: `${name}: ${messageOf(error)}` };
  }
}

/**
 * Tasks go to a worker a batch at a time: one message each way per batch, not per
 * document, keeps the thread that hands them out nearly idle.
 */
async function oneAfterAnother<T, O>(tasks: T[], run: (task: T) => Promise<O>): Promise<O[]> {
  const outcomes: O[] = [];
  for (const task of tasks) outcomes.push(await run(task));
  return outcomes;
}

export const runFirstPasses = (tasks: FirstPassTask[]): Promise<FirstPassOutcome[]> =>
  oneAfterAnother(tasks, runFirstPass);

export const runSecondPasses = (tasks: SecondPassTask[]): Promise<SecondPassOutcome[]> =>
  oneAfterAnother(tasks, runSecondPass);
