import { DEFAULT_MAX_BYTES, ingest, writeDocuments, type IngestResult } from '../pipeline/ingest';
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

function tally(values: string[]): string {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].map(([v, n]) => `${v} ${n}`).join(', ');
}

function summary({ documents, failures }: IngestResult, target: string): string {
  const cleaning: Record<string, number> = {};
  for (const doc of documents)
    for (const [kind, n] of Object.entries(doc.cleaning))
      cleaning[kind] = (cleaning[kind] ?? 0) + n;
  const lines = [`ingested ${documents.length} documents (${failures.length} failed) → ${target}`];
  if (documents.length) {
    lines.push(`  encodings  ${tally(documents.map((d) => d.encoding))}`);
    lines.push(`  scripts    ${tally(documents.map((d) => d.script))}`);
    const cleaned = Object.entries(cleaning).map(([kind, n]) => `${kind} ${n}`);
    lines.push(`  cleaned    ${cleaned.join(', ') || 'nothing'}`);
  }
  if (failures.length) lines.push('  failed', ...failures.map((f) => `    ${f.message}`));
  return lines.join('\n');
}

export async function run(options: IngestOptions): Promise<void> {
  const maxBytes =
    options.maxBytes === undefined ? DEFAULT_MAX_BYTES : parseByteSize(options.maxBytes);
  const result = await ingest(options.inputs, {
    maxBytes,
    onFile: (file, index, total) => {
      if (total >= PROGRESS_FROM)
        process.stderr.write(`kg ingest: [${index + 1}/${total}] ${file}\n`);
    },
  });
  const target = await writeDocuments(options.out, result.documents);
  for (const failure of result.failures) console.error(`kg ingest: ${failure.message}`);
  console.log(summary(result, target));
  const { failures, documents } = result;
  if (failures.length && !(options.keepGoing || options.allowFailures))
    throw new UsageError(
      `${failures.length} of ${failures.length + documents.length} file(s) failed (--keep-going accepts that)`,
      1,
    );
}
