import { endsWithAnyWord, holdsAnyWord } from './word-gate';

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

describe('endsWithAnyWord', () => {
  const words = ['书记', '副书记', '主任'];

  it('answers as a test of the text cut at the end given for each word', () => {
    const text = '村党支部副书记兼村委会主任';
    for (let end = 0; end <= text.length; end++) {
      const cut = text.slice(0, end);
      expect(endsWithAnyWord(text, words, end)).toBe(words.some((w) => cut.endsWith(w)));
    }
  });

  it('reads the whole text when no end is given', () => {
    expect(endsWithAnyWord('镇长', words)).toBe(false);
    expect(endsWithAnyWord('县委书记', words)).toBe(true);
  });
});
