import { isHanAt } from './han';

describe('isHanAt', () => {
  it('answers as the Han script regex does for every code unit', () => {
    const han = /\p{Script=Han}/u;
    const differing: number[] = [];
    for (let code = 0; code < 0x10000; code++) {
      const ch = String.fromCharCode(code);
      if (isHanAt(ch, 0) !== han.test(ch)) differing.push(code);
    }
    expect(differing).toEqual([]);
  });

  it('is false outside the text', () => {
    expect(isHanAt('中', -1)).toBe(false);
    expect(isHanAt('中', 1)).toBe(false);
    expect(isHanAt('中', 0)).toBe(true);
  });
});
