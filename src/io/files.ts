/** File-system helpers shared by the stages' I/O shells. */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { UsageError } from '../errors';

/**
 * Expands files and folders (recursively) into a sorted list of files whose
 * extension is accepted. A path that does not exist is a usage error.
 */
export async function listInputFiles(
  inputs: string[],
  extensions: readonly string[],
): Promise<string[]> {
  const found: string[] = [];
  async function walk(p: string): Promise<void> {
    const stat = await fs.stat(p).catch(() => undefined);
    // An entry that cannot be examined (a dangling link) is passed on, so that
    // reading it fails for that file alone and the batch goes on.
    if (!stat) {
      if (extensions.includes(path.extname(p).toLowerCase())) found.push(p);
      return;
    }
    if (stat.isDirectory()) {
      for (const entry of await fs.readdir(p)) await walk(path.join(p, entry));
    } else if (extensions.includes(path.extname(p).toLowerCase())) {
      found.push(p);
    }
  }
  for (const input of inputs) {
    try {
      await fs.access(input);
    } catch {
      throw new UsageError(`no such file or folder: ${input}`);
    }
    const stat = await fs.stat(input);
    // A file named explicitly is taken whatever its extension; folders are filtered.
    if (stat.isFile()) found.push(input);
    else await walk(input);
  }
  return [...new Set(found)].sort();
}

/** Writes JSON lines, one record per line. */
export async function writeJsonl(file: string, records: Iterable<unknown>): Promise<void> {
  await fs.mkdir(path.dirname(file), { recursive: true });
  const lines: string[] = [];
  for (const record of records) lines.push(JSON.stringify(record));
  await fs.writeFile(file, lines.length ? lines.join('\n') + '\n' : '');
}

/** Reads JSON lines written by `writeJsonl`, checking each record with a type guard. */
export async function readJsonl<T>(
  file: string,
  isRecord: (value: unknown) => value is T,
): Promise<T[]> {
  const text = await fs.readFile(file, 'utf8');
  return text
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line, i) => {
      let value: unknown;
      try {
        value = JSON.parse(line);
      } catch {
        throw new UsageError(`${file}:${i + 1}: not valid JSON`);
      }
      if (!isRecord(value))
        throw new UsageError(`${file}:${i + 1}: not a record of the expected shape`);
      return value;
    });
}
