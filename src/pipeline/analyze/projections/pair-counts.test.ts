import { PairCounts } from './pair-counts';

const entries = (counts: PairCounts) => {
  const seen: [number, number][] = [];
  counts.forEach((pair, count) => seen.push([pair, count]));
  return seen;
};

describe('PairCounts', () => {
  it('sums the counts of each pair and gives the pairs in the order first added', () => {
    const counts = new PairCounts();
    counts.add(7, 1);
    counts.add(3, 2);
    counts.add(7, 4);
    expect(entries(counts)).toEqual([
      [7, 5],
      [3, 2],
    ]);
    expect(counts.size).toBe(2);
  });

  it('keeps pairs past 2^32 apart and counts as a Map would while growing', () => {
    const counts = new PairCounts();
    const expected = new Map<number, number>();
    const big = 2 ** 32;
    for (let i = 0; i < 20_000; i++) {
      // Pairs that share their low 32 bits, and repeats, across several growths.
      const pair = (i % 7_000) * big + (i % 3);
      counts.add(pair, i);
      expected.set(pair, (expected.get(pair) ?? 0) + i);
    }
    expect(entries(counts)).toEqual([...expected]);
  });
});
