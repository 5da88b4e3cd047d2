/**
 * Ingest stage: report files (.txt, .md, .html) in any of the usual Chinese
 * encodings → normalized, simplified documents whose every character traces
 * back to the decoded original. One bad file is reported and skipped; the
 * batch goes on.
 */
import type { NormalizedDocument } from '../../types/document';
import { InputError, messageOf } from '../../errors';
import { listInputFiles } from '../../io/files';
import { buildDocument } from './build-document';
import { DecodeError } from './decode';
import { DEFAULT_MAX_BYTES, readInput } from './read-input';

export {
  isNormalizedDocument,
  readDocuments,
  writeDocuments,
  DOCUMENTS_FILE,
} from './documents-file';
export { toOriginalOffset, toOriginalSpan } from './offsets';
export { DEFAULT_MAX_BYTES } from './read-input';

export const INPUT_EXTENSIONS = ['.txt', '.md', '.markdown', '.html', '.htm'] as const;

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

export async function ingest(inputs: string[], options: IngestOptions = {}): Promise<IngestResult> {
  const files = await listInputFiles(inputs, INPUT_EXTENSIONS);
  const result: IngestResult = { documents: [], failures: [] };
  for (const [index, file] of files.entries()) {
    options.onFile?.(file, index, files.length);
    try {
      const bytes = await readInput(file, options.maxBytes ?? DEFAULT_MAX_BYTES);
      result.documents.push(buildDocument(file, bytes));
    } catch (error) {
      if (error instanceof InputError) result.failures.push(error);
      else if (error instanceof DecodeError)
        result.failures.push(new InputError(file, error.message));
      // Anything else is a bug, but one file's bug must not stop the batch.
      else result.failures.push(new InputError(file, `internal error: ${messageOf(error)}`));
    }
  }
  return result;
}
