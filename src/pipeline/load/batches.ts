/**
 * How documents are grouped into write transactions: by rows, so that a
 * transaction's size (and the server's transaction memory) does not grow with
 * the corpus. A document never spans two transactions (it is loaded whole or not
 * at all); one larger than the row limit goes in a transaction of its own.
 */
import type { DocumentGraph } from '../../types/graph';

export interface BatchLimits {
  /** Most rows (entities, mentions, relations, facts) per transaction. */
  rows: number;
  /** Most documents per transaction. */
  documents: number;
}

/** Rows per transaction by default: about the five sample reports ×10 (50 documents). */
export const DEFAULT_BATCH_ROWS = 10_000;

export const DEFAULT_LIMITS: BatchLimits = { rows: DEFAULT_BATCH_ROWS, documents: Infinity };

/** The rows a graph writes, before mapping: its entities, one mention each, relations, facts. */
export function graphRows(graph: DocumentGraph): number {
  return 2 * graph.entities.length + (graph.relations?.length ?? 0) + (graph.facts?.length ?? 0);
}

interface Open {
  documents: number;
  rows: number;
}

/** True when a document of `rows` rows does not fit the open batch, which then closes. */
export function closesBatch(open: Open, rows: number, limits: BatchLimits): boolean {
  return (
    open.documents > 0 && (open.documents >= limits.documents || open.rows + rows > limits.rows)
  );
}

/** Groups items into batches within the limits, in order, as the items come. */
export async function* batches<T>(
  items: Iterable<T> | AsyncIterable<T>,
  rowsOf: (item: T) => number,
  limits: BatchLimits,
): AsyncGenerator<T[]> {
  let batch: T[] = [];
  let rows = 0;
  for await (const item of items) {
    const n = rowsOf(item);
    if (closesBatch({ documents: batch.length, rows }, n, limits)) {
      yield batch;
      [batch, rows] = [[], 0];
    }
    batch.push(item);
    rows += n;
  }
  if (batch.length) yield batch;
}

/** How many batches `batches` makes of items of these row counts. */
export function countBatches(rowCounts: number[], limits: BatchLimits): number {
  let count = 0;
  const open: Open = { documents: 0, rows: 0 };
  for (const n of rowCounts) {
    if (open.documents === 0 || closesBatch(open, n, limits)) {
      count++;
      [open.documents, open.rows] = [0, 0];
    }
    open.documents++;
    open.rows += n;
  }
  return count;
}
