import { readFixture, rounded, undirected } from '../../../../test/fixtures/analyze/graphs';
import { closeness } from './closeness';

interface Kite {
  edges: [string, string][];
  closeness: Record<string, number>;
}

describe('closeness', () => {
  it("gives the published values of Krackhardt's kite", () => {
    const kite = readFixture<Kite>('krackhardt-kite.json');
    expect(rounded(closeness(undirected(kite.edges)).values!)).toEqual(kite.closeness);
  });

  it('is skipped above the size limit', () => {
    const outcome = closeness(
      undirected([
        ['a', 'b'],
        ['b', 'c'],
      ]),
      2,
    );
    expect(outcome).toEqual({ values: null, note: 'skipped: 3 nodes > 2' });
  });
});
