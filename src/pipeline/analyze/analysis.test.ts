import path from 'node:path';
import { analyzeInput } from './analysis';
import { inputFromGraphs } from './input/from-graphs';
import { readExtractionOutput } from '../../io/graph-file';
import type { AnalysisInput } from './types';

const CORPUS = path.join(__dirname, '../../../test/fixtures/analyze/corpus');

describe('analyzeInput on the two planted alliances', () => {
  let input: AnalysisInput;
  beforeAll(async () => {
    input = inputFromGraphs((await readExtractionOutput(CORPUS)).graphs).input;
  });

  it('finds each alliance as one community of the cooperation network', () => {
    const { summaries } = analyzeInput(input).cooperation;
    const alliances = summaries.map((s) => s.members.map((m) => m.name).sort());
    expect(alliances).toEqual([
      ['东湾村', '海川港务集团', '渔港社区'],
      ['白石村', '竹溪村', '青禾村'],
    ]);
    expect(summaries.map((s) => s.via)).toEqual([['党建联建'], ['党建联盟']]);
  });

  it('ranks the official who ties the two townships first by betweenness', () => {
    const { graph, metrics } = analyzeInput(input).entity;
    const persons = graph.filterNodes((_n, a) => a.type === 'Person');
    const values = metrics.values.betweenness!;
    const top = persons.sort((a, b) => values.get(b)! - values.get(a)!)[0];
    expect(graph.getNodeAttribute(top, 'name')).toBe('林晓峰');
  });

  it('repeats itself for one seed', () => {
    const first = analyzeInput(input, { seed: 3 });
    const again = analyzeInput(input, { seed: 3 });
    for (const name of ['entity', 'co-mention'] as const) {
      expect(again[name].communities).toEqual(first[name].communities);
      expect(again[name].metrics.values).toEqual(first[name].metrics.values);
    }
  });
});
