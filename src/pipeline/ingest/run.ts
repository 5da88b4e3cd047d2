/**
 * The ingest stage's shell: report files → `<out>/documents.jsonl`. Documents are
 * written one by one as they are read, to a file beside the target that replaces
 * it at the end: memory stays flat, and an interrupted run leaves the previous
 * documents.jsonl as it was.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { InputError } from '../../errors';
import { DOCUMENTS_FILE } from '../../io/documents-file';
import { JsonlAppender } from '../../io/jsonl-spans';
import type { NormalizedDocument } from '../../types/document';
import { ingestEach, type IngestOptions } from '.';

export interface IngestRunOptions extends IngestOptions {
  /** Told about each document written. */
  onDocument?: (document: NormalizedDocument) => void;
}

export interface IngestRunResult {
  /** The documents.jsonl written. */
  target: string;
  documents: number;
  failures: InputError[];
}

export async function ingestInto(
  outDir: string,
  inputs: string[],
  options: IngestRunOptions = {},
): Promise<IngestRunResult> {
  await fs.mkdir(outDir, { recursive: true });
  const target = path.join(outDir, DOCUMENTS_FILE);
  const partial = `${target}.partial`;
  const out = await JsonlAppender.open(partial);
  const result: IngestRunResult = { target, documents: 0, failures: [] };
  try {
    for await (const { document, failure } of ingestEach(inputs, options)) {
      if (failure) {
        result.failures.push(failure);
        continue;
      }
      await out.append(JSON.stringify(document));
      result.documents++;
      options.onDocument?.(document);
    }
  } catch (error) {
    await out.close();
    await fs.rm(partial, { force: true });
    throw error;
  }
  await out.close();
  await fs.rename(partial, target);
  return result;
}
