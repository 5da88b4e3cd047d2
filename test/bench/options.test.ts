import { InvalidArgumentError } from 'commander';
import { STAGE_CHOICES, parseOptions, stageList } from '../../bench/options';

const parse = (...args: string[]) => parseOptions(['node', 'bench', ...args]);

describe('bench --stages', () => {
  it('runs every stage and baseline when not given', () => {
    expect([...parse().stages]).toEqual([...STAGE_CHOICES]);
  });

  it('runs only the named stages', () => {
    expect([...parse('--stages', 'load, naive-load').stages]).toEqual(['load', 'naive-load']);
  });

  it('refuses a name that is no stage', () => {
    expect(() => stageList('load,lod')).toThrow(InvalidArgumentError);
  });

  it('refuses a stage counted by MB of text without ingest, which counts the text', () => {
    expect(() => stageList('extract')).toThrow(/extract needs ingest/);
    expect([...stageList('ingest,extract')]).toEqual(['ingest', 'extract']);
  });
});
