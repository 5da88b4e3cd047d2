import { promises as fs } from 'node:fs';
import path from 'node:path';
import { DEFAULT_MAX_BYTES, DOCUMENTS_FILE, ingestEach } from '../pipeline/ingest';
import { JsonlAppender } from '../io/jsonl-spans';
import type { InputError } from '../errors';
import type { NormalizedDocument } from '../types/document';
import { UsageError } from '../errors';

export interface IngestOptions {
  inputs: string[];
  out: string;
  /** Size limit per file: bytes, or a number with KB/MB/GB (`--max-bytes`). */
  maxBytes?: string | number;
  /** Exit 0 even when some files failed (`--keep-going`). */
  keepGoing?: boolean;
  /** Same as `keepGoing` (`--allow-failures`). */
  allowFailures?: boolean;
}

/** From this many files on, each file is announced on stderr as it is read. */
const PROGRESS_FROM = 10;
const UNITS: Readonly<Record<string, number>> = { '': 1, K: 1024, M: 1024 ** 2, G: 1024 ** 3 };

export function parseByteSize(value: string | number): number {
  const m = /^\s*(\d+(?:\.\d+)?)\s*([KMG]?)(?:i?B)?\s*$/i.exec(String(value));
  if (!m || Number(m[1]) <= 0)
    throw new UsageError(`--max-bytes expects a size such as 5000000 or 20MB, got "${value}"`);
  return Math.floor(Number(m[1]) * UNITS[m[2].toUpperCase()]);
}

/** What the summary reports, counted as documents go by (none is kept). */
class Tally {
  documents = 0;
  readonly failures: InputError[] = [];
  private readonly encodings = new Map<string, number>();
  private readonly scripts = new Map<string, number>();
  private readonly cleaning = new Map<string, number>();

  add(doc: NormalizedDocument): void {
    this.documents++;
    count(this.encodings, doc.encoding);
    count(this.scripts, doc.script);
    for (const [kind, n] of Object.entries(doc.cleaning)) count(this.cleaning, kind, n);
  }

  summary(target: string): string {
    const lines = [
      `ingested ${this.documents} documents (${this.failures.length} failed) → ${target}`,
    ];
    if (this.documents) {
      lines.push(`  encodings  ${listed(this.encodings)}`);
      lines.push(`  scripts    ${listed(this.scripts)}`);
      lines.push(`  cleaned    ${listed(this.cleaning) || 'nothing'}`);
    }
    if (this.failures.length)
      lines.push('  failed', ...this.failures.map((f) => `    ${f.message}`));
    return lines.join('\n');
  }
}

function count(counts: Map<string, number>, key: string, n = 1): void {
  counts.set(key, (counts.get(key) ?? 0) + n);
}

const listed = (counts: Map<string, number>) =>
  [...counts].map(([key, n]) => `${key} ${n}`).join(', ');

/**
 * Documents are written one by one as they are read, to a file beside the target
 * that replaces it at the end: memory stays flat, and an interrupted run leaves
 * the previous documents.jsonl as it was.
 */
async function ingestInto(
  outDir: string,
  inputs: string[],
  maxBytes: number,
): Promise<{ target: string; tally: Tally }> {
  await fs.mkdir(outDir, { recursive: true });
  const target = path.join(outDir, DOCUMENTS_FILE);
  const partial = `${target}.partial`;
  const out = await JsonlAppender.open(partial);
  const tally = new Tally();
  try {
    const files = ingestEach(inputs, {
      maxBytes,
      onFile: (file, index, total) => {
        if (total >= PROGRESS_FROM)
          process.stderr.write(`kg ingest: [${index + 1}/${total}] ${file}\n`);
      },
    });
    for await (const { document, failure } of files) {
      if (failure) {
        tally.failures.push(failure);
        continue;
      }
      await out.append(JSON.stringify(document));
      tally.add(document);
    }
  } catch (error) {
    await out.close();
    await fs.rm(partial, { force: true });
    throw error;
  }
  await out.close();
  await fs.rename(partial, target);
  return { target, tally };
}

export async function run(options: IngestOptions): Promise<void> {
  const maxBytes =
    options.maxBytes === undefined ? DEFAULT_MAX_BYTES : parseByteSize(options.maxBytes);
  const { target, tally } = await ingestInto(options.out, options.inputs, maxBytes);
  for (const failure of tally.failures) console.error(`kg ingest: ${failure.message}`);
  console.log(tally.summary(target));
  const failed = tally.failures.length;
  if (failed && !(options.keepGoing || options.allowFailures))
    throw new UsageError(
      `${failed} of ${failed + tally.documents} file(s) failed (--keep-going accepts that)`,
      1,
    );
}
