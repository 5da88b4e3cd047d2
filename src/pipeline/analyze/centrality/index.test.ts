import { readFixture, undirected } from '../../../../test/fixtures/analyze/graphs';
import { computeMetrics, METRICS } from '.';

const kite = readFixture<{ edges: [string, string][]; betweenness: Record<string, number> }>(
  'krackhardt-kite.json',
);

describe('computeMetrics', () => {
  it('computes every metric of any graphology graph, saying how', () => {
    const result = computeMetrics(undirected(kite.edges));
    expect(result).toMatchObject({ nodes: 10, edges: 18 });
    for (const metric of METRICS) expect(result.values[metric]!.size).toBe(10);
    expect(result.values.betweenness!.get('Heather')!).toBeCloseTo(kite.betweenness.Heather, 3);
    expect(result.notes).toMatchObject({ betweenness: 'exact', closeness: 'exact' });
    expect(result.notes.pagerank).toMatch(/^converged/);
  });

  it('samples betweenness above the threshold and skips what it is asked to', () => {
    const result = computeMetrics(undirected(kite.edges), {
      betweenness: { exactMaxNodes: 5, samples: 4 },
      skip: ['eigenvector'],
    });
    expect(result.notes.betweenness).toBe('sampled from 4 seeded sources');
    expect(result.values.eigenvector).toBeNull();
    expect(result.notes.eigenvector).toBe('skipped on request');
  });

  it('gives an empty graph (a projection the corpus leaves empty) empty values', () => {
    const result = computeMetrics(undirected([]));
    for (const metric of METRICS) expect(result.values[metric]!.size).toBe(0);
    expect(result.notes.betweenness).toBe('empty graph');
  });
});
