/** `kg extract`: entities, relations and facts, one graph file per document. */
import { someInputsFailed } from '../errors';
import { extractStage, type ExtractOptions } from '../pipeline/extract/run';

export async function run(options: ExtractOptions): Promise<void> {
  const s = await extractStage(options);
  console.log(
    `extracted ${s.entities} entities, ${s.relations} relations, ${s.facts} facts from ${s.documents} documents → ${s.out}`,
  );
  if (s.failed) throw someInputsFailed(s.failed, s.documents + s.failed, 'inputs');
}
