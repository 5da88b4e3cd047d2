/**
 * Offline analytics of the gold annotations of the five sample reports: what
 * the reports state should come out (expected values read from data/gold).
 */
import path from 'node:path';
import { analyzeInput, type Analysis } from '../../src/pipeline/analyze/analysis';
import { inputFromGraphs } from '../../src/pipeline/analyze/input/from-graphs';
import { readExtractionOutput } from '../../src/io/graph-file';

const GOLD = path.join(__dirname, '../../data/gold');

describe('analytics of the gold annotations', () => {
  let analysis: Analysis;
  let skipped: string[];
  beforeAll(async () => {
    const graphs = (await readExtractionOutput(GOLD)).graphs;
    const read = inputFromGraphs(graphs);
    skipped = read.skipped;
    analysis = analyzeInput(read.input);
  });

  it('uses every gold relation', () => {
    expect(skipped).toEqual([]);
  });

  it('finds the alliances the reports describe as communities of the cooperation network', () => {
    const alliances = analysis.cooperation.summaries.map((s) =>
      s.members.map((m) => m.name).sort(),
    );
    expect(alliances).toEqual(
      expect.arrayContaining([
        ['乌浆村', '寺坪村', '登丰村', '薛家村'],
        ['吴江区', '嘉善县', '青浦区'],
      ]),
    );
  });

  it('ranks the province first by PageRank and degree in the entity graph', () => {
    const { graph, metrics } = analysis.entity;
    for (const metric of ['pagerank', 'degree'] as const) {
      const values = metrics.values[metric]!;
      const top = graph.nodes().sort((a, b) => values.get(b)! - values.get(a)!)[0];
      expect(graph.getNodeAttribute(top, 'name')).toBe('浙江省');
    }
  });

  it('computes every metric exactly on graphs this size, and Louvain finds structure', () => {
    for (const p of Object.values(analysis)) {
      expect(p.metrics.notes.betweenness).toBe('exact');
      expect(p.metrics.values.pagerank).not.toBeNull();
      expect(p.communities.modularity).toBeGreaterThan(0.4);
    }
  });
});
