import { holdsAnyWord } from './word-gate';

describe('holdsAnyWord', () => {
  const words = ['结对', '共建', '联手'];

  it('answers as a search of the span for each word', () => {
    const text = '甲村与乙村共建基地，结对发展';
    for (let start = 0; start <= text.length; start++)
      for (let end = start; end <= text.length; end++) {
        const span = text.slice(start, end);
        expect(holdsAnyWord(text, start, end, words)).toBe(words.some((w) => span.includes(w)));
      }
  });

  it('does not count a word that runs past the end of the span', () => {
    expect(holdsAnyWord('两村联手', 0, 3, words)).toBe(false);
    expect(holdsAnyWord('两村联手', 0, 4, words)).toBe(true);
  });
});
