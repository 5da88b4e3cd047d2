/**
 * Reads one input file's bytes, refusing what should not be read: files over
 * the size limit (checked with stat, so a huge file is never loaded), empty
 * files and files the user may not read. Problems come back as one-line
 * `InputError`s naming the file.
 */
import { promises as fs } from 'node:fs';
import { InputError } from '../../errors';

export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;

function describeSize(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${bytes} bytes`;
}

function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  switch (code) {
    case 'EACCES':
    case 'EPERM':
      return 'cannot read: permission denied';
    case 'EISDIR':
      return 'cannot read: is a folder, not a file';
    case 'ENOENT':
      return 'cannot read: file vanished';
    default:
      return `cannot read: ${code ?? String(error)}`;
  }
}

export async function readInput(file: string, maxBytes = DEFAULT_MAX_BYTES): Promise<Buffer> {
  let handle: fs.FileHandle;
  try {
    handle = await fs.open(file, 'r');
  } catch (error) {
    throw new InputError(file, describeFsError(error));
  }
  try {
    const stat = await handle.stat();
    if (stat.isDirectory()) throw new InputError(file, describeFsError({ code: 'EISDIR' }));
    if (stat.size > maxBytes)
      throw new InputError(
        file,
        `too large: ${describeSize(stat.size)}, over the limit of ${describeSize(maxBytes)} (--max-bytes)`,
      );
    if (stat.size === 0) throw new InputError(file, 'empty file (0 bytes)');
    try {
      return await handle.readFile();
    } catch (error) {
      throw new InputError(file, describeFsError(error));
    }
  } finally {
    await handle.close();
  }
}
