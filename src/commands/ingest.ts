import { DEFAULT_MAX_BYTES, replacedWarning } from '../pipeline/ingest';
import { ingestInto } from '../pipeline/ingest/run';
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

export async function run(options: IngestOptions): Promise<void> {
  const maxBytes =
    options.maxBytes === undefined ? DEFAULT_MAX_BYTES : parseByteSize(options.maxBytes);
  const tally = new Tally();
  const { target, failures } = await ingestInto(options.out, options.inputs, {
    maxBytes,
    onFile: (file, index, total) => {
      if (total >= PROGRESS_FROM)
        process.stderr.write(`kg ingest: [${index + 1}/${total}] ${file}\n`);
    },
    onDocument: (document) => {
      tally.add(document);
      if (document.replacedBytes)
        console.error(`kg ingest: ${replacedWarning(document.file, document.replacedBytes)}`);
    },
  });
  tally.failures.push(...failures);
  for (const failure of tally.failures) console.error(`kg ingest: ${failure.message}`);
  console.log(tally.summary(target));
  const failed = tally.failures.length;
  if (failed && !(options.keepGoing || options.allowFailures))
    throw new UsageError(
      `${failed} of ${failed + tally.documents} file(s) failed (--keep-going accepts that)`,
      1,
    );
}
