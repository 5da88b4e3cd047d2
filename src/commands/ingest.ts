import path from 'node:path';
import { ingest } from '../pipeline/ingest';
import { writeJsonl } from '../io/files';
import { UsageError } from '../errors';

export interface IngestOptions {
  inputs: string[];
  out: string;
}

export async function run(options: IngestOptions): Promise<void> {
  const { documents, failures } = await ingest(options.inputs);
  const target = path.join(options.out, 'documents.jsonl');
  await writeJsonl(target, documents);
  for (const failure of failures) console.error(`kg ingest: ${failure.message}`);
  console.log(`ingested ${documents.length} documents (${failures.length} failed) → ${target}`);
  if (failures.length) throw new UsageError(`${failures.length} file(s) failed`, 1);
}
