/** Transliterations after a post, read by their characters, on strings written for these tests. */
import { announcedForeignSpans, type ForeignSpanCues } from './foreign-spans';

/** Weights of a toy table: the letters of transliterations weigh 3, 中 and 和 below zero. */
const WEIGHTS: Record<string, number> = { 卡: 3, 诺: 3, 维: 3, 拉: 3, 夫: 3, 提: -0.5, 中: -2.6 };
const cues: ForeignSpanCues = {
  weightAt: (text, at) => WEIGHTS[text[at]],
  announced: (text, start) => text.endsWith('部长', start),
  mayEnd: (text, end) => !/\p{Script=Han}/u.test(text[end] ?? '') || text.startsWith('中将', end),
};

const spans = (text: string) =>
  announcedForeignSpans(text, cues).map((s) => text.slice(s.start, s.end));

describe('transliterations after a post', () => {
  it('reads the characters after a post up to the punctuation', () => {
    expect(spans('部长卡诺维拉、部长诺维提拉。')).toEqual(['卡诺维拉', '诺维提拉']);
  });

  it('stops before a character rare in transliterations, where a rank may follow', () => {
    expect(spans('部长诺维拉中将出席')).toEqual(['诺维拉']);
  });

  it('reads across a middle dot', () => {
    expect(spans('部长卡诺·维拉、')).toEqual(['卡诺·维拉']);
  });

  it('reads nothing where no post stands before', () => {
    expect(spans('卡诺维拉说')).toEqual([]);
  });

  it('reads nothing where the name cannot end (a word goes on)', () => {
    expect(spans('部长卡诺维拉会见')).toEqual([]);
  });

  it('reads nothing shorter than three characters', () => {
    expect(spans('部长卡诺。')).toEqual([]);
  });
});
