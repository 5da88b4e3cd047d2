/**
 * Baseline: what every extraction worker pays once before its first document —
 * the gazetteer read from its pack and the lexicons loaded, jieba's dictionary
 * loaded and taught — so that extraction's steady per-core rate can be told from
 * its start-up.
 */
import { extractModule } from '../product';
import type { StageOutput } from '../stage-protocol';

export async function extractStartupStage(): Promise<StageOutput> {
  const { loadResources } = await extractModule();
  const { gazetteer } = loadResources();
  return { counts: { divisions: gazetteer.size } };
}
