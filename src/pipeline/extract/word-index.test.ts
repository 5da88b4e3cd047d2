import { WordIndex } from './word-index';

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
