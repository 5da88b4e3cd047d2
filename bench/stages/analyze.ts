/**
 * Analyze: every projection's centralities and communities (issue 8) over the corpus
 * graph, read file by file as `kg analyze --offline` reads it.
 */
import { analysisInputModule, analysisModule } from '../product';
import type { StageOutput } from '../stage-protocol';
import { graphFiles } from './corpus-files';

export async function analyzeStage(args: { extracted: string }): Promise<StageOutput> {
  const { analyzeInput } = await analysisModule();
  const { inputFromGraphFiles } = await analysisInputModule();
  const { input } = await inputFromGraphFiles(await graphFiles(args.extracted));
  const analysis = analyzeInput(input);
  const entity = analysis.entity.graph;
  const coMention = analysis['co-mention'].graph;
  return {
    counts: {
      entities: input.entities.length,
      relations: input.relations.length,
      nodes: entity.order,
      edges: entity.size,
      coMentionEdges: coMention.size,
      rows: entity.order + entity.size,
    },
  };
}
