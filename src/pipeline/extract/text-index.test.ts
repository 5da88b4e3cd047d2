import { PairIndex } from './text-index';
import { occurrences } from './spans';

describe('PairIndex', () => {
  const text = '甲乙甲乙甲，乙甲乙甲乙甲乙。丙丁丙丙丁';
  it('finds the non-overlapping occurrences occurrences() finds', () => {
    const index = new PairIndex(text);
    for (const word of ['甲乙', '甲乙甲', '乙甲乙甲', '丙丁', '丙', '丁丙丙丁', '。'])
      expect(index.occurrences(word)).toEqual([...occurrences(text, word)]);
  });

  it('finds nothing for a word the text lacks, or an empty one', () => {
    const index = new PairIndex(text);
    expect(index.occurrences('戊己')).toEqual([]);
    expect(index.occurrences('甲戊')).toEqual([]);
    expect(index.occurrences('')).toEqual([]);
  });
});
