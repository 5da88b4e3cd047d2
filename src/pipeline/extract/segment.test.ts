import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import nodejieba from 'nodejieba';
import { addWords, firstWordLengthAt, firstWordOf, tagWords } from './segment';

describe('firstWordLengthAt', () => {
  const text = '村民们在广场上跳舞，大家都很高兴。ab';

  it('gives the length of the first word of the four characters at each offset, asked again from its cache', () => {
    for (const round of [1, 2])
      for (let at = 0; at <= text.length; at++)
        expect([round, at, firstWordLengthAt(text, at)]).toEqual([
          round,
          at,
          firstWordOf(text.slice(at, at + 4)).length,
        ]);
  });

  it('reads a narrower window when asked', () => {
    for (let at = 0; at < text.length; at++)
      for (const width of [1, 2, 3])
        expect(firstWordLengthAt(text, at, width)).toBe(
          firstWordOf(text.slice(at, at + width)).length,
        );
  });

  it('tells windows apart that share their first characters', () => {
    expect(firstWordLengthAt('广场上', 0)).toBe(firstWordOf('广场上').length);
    expect(firstWordLengthAt('广州市民', 0)).toBe(firstWordOf('广州市民').length);
    expect(firstWordLengthAt('广', 0)).toBe(1);
  });
});

describe('tagWords', () => {
  const reports = path.join(__dirname, '../../../data/raw');

  it("gives the words and tags of jieba's own tag on the sample reports, words added at run time included", () => {
    // A new word, a dictionary word given another tag, and the same word given a third.
    addWords(['基层治理', '发展']);
    addWords(['发展'], 'nz');
    for (const file of readdirSync(reports)) {
      const text = readFileSync(path.join(reports, file), 'utf8');
      expect(tagWords(text).map(({ word, tag }) => ({ word, tag }))).toEqual(nodejieba.tag(text));
    }
  });
});
