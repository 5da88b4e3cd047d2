import { WordIndex, indexOfWords } from './word-index';

describe('WordIndex', () => {
  const index = new WordIndex(['书记', '党委书记', '党委', '主任', '']);

  it('finds the longest listed word at a position', () => {
    expect(index.longestAt('镇党委书记张三', 1)).toBe('党委书记');
    expect(index.longestAt('党委委员', 0)).toBe('党委');
  });

  it('finds nothing where no listed word starts', () => {
    expect(index.longestAt('镇党委书记', 0)).toBeUndefined();
    expect(index.longestAt('主', 0)).toBeUndefined();
    expect(index.longestAt('主任', 2)).toBeUndefined();
  });
});

describe('indexOfWords', () => {
  it('finds what a scan of a list sorted longest first finds', () => {
    const list = ['党委书记', '书记员', '党委', '书记'];
    const text = '镇党委书记和书记员';
    for (let pos = 0; pos <= text.length; pos++)
      expect(indexOfWords(list).longestAt(text, pos)).toBe(
        list.find((w) => text.startsWith(w, pos)),
      );
  });

  it('builds one index per list', () => {
    const list = ['主任'];
    expect(indexOfWords(list)).toBe(indexOfWords(list));
    expect(indexOfWords(list).startsAt('副主任', 1)).toBe(true);
    expect(indexOfWords(list).startsAt('副主任', 0)).toBe(false);
  });
});
