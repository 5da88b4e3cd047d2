import { undirected } from '../../../../test/fixtures/analyze/graphs';
import { robustEigenvector } from './eigenvector';

describe('robustEigenvector', () => {
  it('gives a three-node path the eigenvector (1, √2, 1)/2', () => {
    const { values } = robustEigenvector(
      undirected([
        ['a', 'b'],
        ['b', 'c'],
      ]),
    );
    expect(values!.a).toBeCloseTo(0.5, 3);
    expect(values!.b).toBeCloseTo(Math.SQRT1_2, 3);
    expect(values!.c).toBeCloseTo(0.5, 3);
  });

  it('gives every node of a complete graph 1/√n', () => {
    const k5: [string, string][] = [];
    for (let i = 0; i < 5; i++) for (let j = i + 1; j < 5; j++) k5.push([`n${i}`, `n${j}`]);
    const { values } = robustEigenvector(undirected(k5));
    for (const v of Object.values(values!)) expect(v).toBeCloseTo(1 / Math.sqrt(5), 6);
  });

  it('reports a graph on which it does not converge instead of throwing', () => {
    const outcome = robustEigenvector(
      undirected([
        ['a', 'b'],
        ['b', 'c'],
        ['c', 'd'],
      ]),
      {
        attempts: [{ maxIterations: 2, tolerance: 1e-15 }],
      },
    );
    expect(outcome.values).toBeNull();
    expect(outcome.note).toMatch(/^did not converge/);
  });
});
