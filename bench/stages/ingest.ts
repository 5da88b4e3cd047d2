/** Ingest: the corpus's report files, one at a time, into documents.jsonl. */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { ingestModule, jsonlModule } from '../product';
import type { StageOutput } from '../stage-protocol';

export async function ingestStage(args: { corpus: string; work: string }): Promise<StageOutput> {
  const { ingestEach } = await ingestModule();
  const { JsonlAppender } = await jsonlModule();
  await fs.mkdir(args.work, { recursive: true });
  const out = await JsonlAppender.open(path.join(args.work, 'documents.jsonl'));
  const counts = { documents: 0, failed: 0, textBytes: 0 };
  try {
    for await (const { document } of ingestEach([args.corpus])) {
      if (!document) {
        counts.failed++;
        continue;
      }
      await out.append(JSON.stringify(document));
      counts.documents++;
      counts.textBytes += Buffer.byteLength(document.text);
    }
  } finally {
    await out.close();
  }
  return { counts };
}
