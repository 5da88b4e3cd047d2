import { splitSentences } from './sentences';

function sentences(text: string): string[] {
  return splitSentences(text).map((s) => text.slice(s.start, s.end));
}

describe('splitSentences', () => {
  it('ends sentences after 。！？ and keeps a closing quote with its sentence', () => {
    expect(sentences('他问：“谁来？”没人回答。大家笑了！')).toEqual([
      '他问：“谁来？”',
      '没人回答。',
      '大家笑了！',
    ]);
  });

  it('keeps a run of end marks together', () => {
    expect(sentences('真的吗？！当然。')).toEqual(['真的吗？！', '当然。']);
  });

  it('does not end a sentence at an ellipsis, comma or semicolon', () => {
    expect(sentences('稻谷、玉米……都丰收了；果园也不错，明年再扩。')).toEqual([
      '稻谷、玉米……都丰收了；果园也不错，明年再扩。',
    ]);
  });

  it('ends a sentence at the end of each line, punctuated or not', () => {
    expect(sentences('第一部分\n正文从这里开始。')).toEqual(['第一部分', '正文从这里开始。']);
  });

  it('numbers sentences and gives offsets into the text', () => {
    const text = '甲。\n乙。';
    expect(splitSentences(text)).toEqual([
      { index: 0, start: 0, end: 2, kind: 'body' },
      { index: 1, start: 3, end: 5, kind: 'body' },
    ]);
  });
});
