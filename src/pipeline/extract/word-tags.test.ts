import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { WordTags, specialRule } from './word-tags';

function dictionaries(...contents: string[]): string[] {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'word-tags-'));
  return contents.map((content, i) => {
    const file = path.join(dir, `${i}.utf8`);
    writeFileSync(file, content);
    return file;
  });
}

describe('WordTags', () => {
  it("gives a word its dictionary line's tag, a later line or insert overriding an earlier", () => {
    const tags = new WordTags(
      dictionaries('村民 30 n\n广场 20 n\n跳舞 10 v\n', '广场 ns\n村民 5 nz\n'),
    );
    expect([tags.tagOf('村民'), tags.tagOf('广场'), tags.tagOf('跳舞')]).toEqual(['nz', 'ns', 'v']);
    tags.insert('跳舞', 'vn');
    tags.insert('广场舞', 'n');
    expect([tags.tagOf('跳舞'), tags.tagOf('广场舞')]).toEqual(['vn', 'n']);
  });

  it('answers a word of one or two characters asked before an insert with the inserted tag after it', () => {
    const tags = new WordTags(dictionaries('村 20 n\n村民 30 n\n'));
    expect([tags.tagOf('村'), tags.tagOf('村民'), tags.tagOf('民')]).toEqual(['n', 'n', 'x']);
    tags.insert('村', 'ns');
    tags.insert('民', 'ng');
    tags.insert('村民', 'nr');
    expect([tags.tagOf('村'), tags.tagOf('村民'), tags.tagOf('民')]).toEqual(['ns', 'nr', 'ng']);
  });

  it('tells a word from the longer and shorter words that start like it', () => {
    const tags = new WordTags(dictionaries('广场 20 n\n广场舞蹈 3 nz\n'));
    expect([tags.tagOf('广'), tags.tagOf('广场舞'), tags.tagOf('广场舞蹈')]).toEqual([
      'x',
      'x',
      'nz',
    ]);
  });

  it('reads a word listed with no tag, or none, by the special rule', () => {
    const tags = new WordTags(dictionaries('云计算\nab1\n'));
    expect([tags.tagOf('云计算'), tags.tagOf('ab1'), tags.tagOf('123')]).toEqual(['x', 'eng', 'm']);
  });
});

describe('specialRule', () => {
  it('says x with no ASCII, m with ASCII digits only, eng with an ASCII letter', () => {
    expect(['跳舞', '１２', 'ab', '12', 'a1'].map(specialRule)).toEqual([
      'x',
      'x',
      'eng',
      'm',
      'eng',
    ]);
  });

  it('reads ASCII only until half the code points (rounded down) are ASCII, as jieba does', () => {
    expect(['7', 'a', '1a', '12a', '😀a', '😀😀1'].map(specialRule)).toEqual([
      'x',
      'x',
      'm',
      'm',
      'eng',
      'm',
    ]);
  });
});
