/**
 * Analyze: every projection's centralities and communities (issue 8) over the corpus
 * graph, read file by file as `kg analyze --offline` reads it, the projections
 * analysed one at a time as it does (each keeps its nodes only once analysed).
 */
import { analysisInputModule, analysisModule } from '../product';
import type { StageOutput } from '../stage-protocol';
import { graphFiles } from './corpus-files';

export async function analyzeStage(args: { extracted: string }): Promise<StageOutput> {
  const { analyzeInput } = await analysisModule();
  const { inputFromGraphFiles } = await analysisInputModule();
  const { input } = await inputFromGraphFiles(await graphFiles(args.extracted));
  const analysis = analyzeInput(input, {}, () => undefined);
  const entity = analysis.entity.metrics;
  return {
    counts: {
      entities: input.entities.length,
      relations: input.relations.length,
      nodes: entity.nodes,
      edges: entity.edges,
      coMentionEdges: analysis['co-mention'].metrics.edges,
      rows: entity.nodes + entity.edges,
    },
  };
}
