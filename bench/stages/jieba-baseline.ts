/**
 * Baseline: raw `nodejieba.tag` over the same normalized texts, in one thread,
 * dictionary load included as extraction's resource load is: the ceiling our
 * extraction works under.
 */
import nodejieba from 'nodejieba';
import { jsonlModule } from '../product';
import type { NormalizedDocument } from '../../src/types/document';
import type { StageOutput } from '../stage-protocol';

export async function jiebaStage(args: { documents: string }): Promise<StageOutput> {
  const { lineSpans, readSpan } = await jsonlModule();
  nodejieba.load();
  const counts = { documents: 0, textBytes: 0, words: 0 };
  for await (const span of lineSpans(args.documents)) {
    const { text } = JSON.parse(readSpan(args.documents, span)) as NormalizedDocument;
    counts.words += nodejieba.tag(text).length;
    counts.documents++;
    counts.textBytes += Buffer.byteLength(text);
  }
  return { counts };
}
