/**
 * Ingest stage: report files (.txt, .md, .html) in any of the usual Chinese
 * encodings → normalized, simplified documents whose every character traces
 * back to the decoded original. One bad file is reported and skipped; the
 * batch goes on.
 */
import type { NormalizedDocument } from '../../types/document';
import { InputError, messageOf } from '../../errors';
import { listReports } from './reports';
import { buildDocument } from './build-document';
import { DecodeError } from './decode';
import { DEFAULT_MAX_BYTES, readInput } from './read-input';

export {
  isNormalizedDocument,
  readDocuments,
  writeDocuments,
  DOCUMENTS_FILE,
} from '../../io/documents-file';
export { toOriginalOffset, toOriginalSpan } from './offsets';
export { DEFAULT_MAX_BYTES } from './read-input';
export { replacedWarning } from './decode';

export { INPUT_EXTENSIONS, listReports } from './reports';

export interface IngestOptions {
  /** Files larger than this are refused without being read. */
  maxBytes?: number;
  /** Called before each file is read, for progress reports. */
  onFile?: (file: string, index: number, total: number) => void;
}

export interface IngestResult {
  documents: NormalizedDocument[];
  failures: InputError[];
}

/** One input file's outcome: its document, or the problem that stopped it. */
export type IngestedFile =
  | { file: string; document: NormalizedDocument; failure?: undefined }
  | { file: string; document?: undefined; failure: InputError };

/** Reads and normalizes one file; any problem comes back as an `InputError` naming it. */
export async function ingestFile(
  file: string,
  maxBytes: number = DEFAULT_MAX_BYTES,
): Promise<NormalizedDocument> {
  try {
    return buildDocument(file, await readInput(file, maxBytes));
  } catch (error) {
    if (error instanceof InputError) throw error;
    if (error instanceof DecodeError) throw new InputError(file, error.message);
    // Anything else is a bug, but one file's bug must not stop the batch.
    throw new InputError(file, `internal error: ${messageOf(error)}`);
  }
}

/**
 * The input files one at a time, so that a large corpus never sits in memory
 * whole: each document can be written out and dropped before the next is read.
 */
export async function* ingestEach(
  inputs: string[],
  options: IngestOptions = {},
): AsyncGenerator<IngestedFile> {
  const files = await listReports(inputs);
  for (const [index, file] of files.entries()) {
    options.onFile?.(file, index, files.length);
    let outcome: IngestedFile;
    try {
      outcome = { file, document: await ingestFile(file, options.maxBytes) };
    } catch (error) {
      outcome = { file, failure: error as InputError };
    }
    yield outcome;
  }
}

export async function ingest(inputs: string[], options: IngestOptions = {}): Promise<IngestResult> {
  const result: IngestResult = { documents: [], failures: [] };
  for await (const { document, failure } of ingestEach(inputs, options)) {
    if (document) result.documents.push(document);
    else result.failures.push(failure);
  }
  return result;
}
