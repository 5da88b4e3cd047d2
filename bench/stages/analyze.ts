/** Analyze: every projection's centralities and communities (issue 8) over the corpus graph. */
import { analysisInputModule, analysisModule } from '../product';
import type { StageOutput } from '../stage-protocol';
import { readGraphs } from './corpus-files';

export async function analyzeStage(args: { extracted: string }): Promise<StageOutput> {
  const { analyzeInput } = await analysisModule();
  const { inputFromGraphs } = await analysisInputModule();
  const { input } = inputFromGraphs(await readGraphs(args.extracted));
  const analysis = analyzeInput(input);
  const entity = analysis.entity.graph;
  return {
    counts: {
      entities: input.entities.length,
      relations: input.relations.length,
      nodes: entity.order,
      edges: entity.size,
      rows: entity.order + entity.size,
    },
  };
}
