import { directed, readFixture, undirected } from '../../../../test/fixtures/analyze/graphs';
import { robustPagerank } from './pagerank';

interface WebGraph {
  alpha: number;
  edges: [number, number][];
  pagerank: Record<string, number>;
}

describe('robustPagerank', () => {
  it('solves a star by hand: centre 0.4797, leaves 0.1734', () => {
    // x_c = 0.15/4 + 0.85·3·x_l and x_l = 0.15/4 + 0.85·x_c/3 give x_c = 0.133125/0.2775.
    const star = undirected([
      ['c', 'a'],
      ['c', 'b'],
      ['c', 'd'],
    ]);
    const { values } = robustPagerank(star);
    expect(values!.c).toBeCloseTo(0.133125 / 0.2775, 5);
    for (const leaf of ['a', 'b', 'd']) expect(values![leaf]).toBeCloseTo(0.173423, 5);
  });

  it("gives the published values of NetworkX's six-page web graph", () => {
    const web = readFixture<WebGraph>('pagerank-directed.json');
    const { values } = robustPagerank(directed(web.edges), { alpha: web.alpha });
    for (const [node, expected] of Object.entries(web.pagerank))
      expect(values![node]).toBeCloseTo(expected, 5);
  });

  it('retries with a larger budget when the first attempt does not converge', () => {
    const outcome = robustPagerank(
      undirected([
        ['a', 'b'],
        ['b', 'c'],
      ]),
      {
        attempts: [
          { maxIterations: 1, tolerance: 1e-12 },
          { maxIterations: 1000, tolerance: 1e-9 },
        ],
      },
    );
    expect(outcome.values).not.toBeNull();
    expect(outcome.note).toBe('converged (≤1000 iterations, tolerance 1e-9)');
  });

  it('reports, and does not throw, when no attempt converges', () => {
    const outcome = robustPagerank(
      undirected([
        ['a', 'b'],
        ['b', 'c'],
      ]),
      {
        attempts: [{ maxIterations: 1, tolerance: 1e-15 }],
      },
    );
    expect(outcome).toEqual({
      values: null,
      note: 'did not converge (≤1 iterations, tolerance 1e-15)',
    });
  });
});
