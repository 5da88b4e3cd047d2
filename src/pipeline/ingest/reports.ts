/**
 * Which files are reports. Kept apart from the ingest stage itself, so that a
 * thread that only lists inputs (extraction's main thread) does not load the
 * decoders and converters it never runs.
 */
import { listInputFiles } from '../../io/files';

export const INPUT_EXTENSIONS = ['.txt', '.md', '.markdown', '.html', '.htm'] as const;

/** The report files that `inputs` (files and folders) name, sorted. */
export function listReports(inputs: string[]): Promise<string[]> {
  return listInputFiles(inputs, INPUT_EXTENSIONS);
}
