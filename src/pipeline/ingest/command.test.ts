/** `kg ingest` as the user runs it: output file, summary, failures and exit code. */
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import iconv from 'iconv-lite';
import { parseByteSize, run } from '../../commands/ingest';
import { UsageError } from '../../errors';
import { readDocuments } from '.';

let dir: string;
let out: string;
let printed: string[];
let warned: string[];

beforeEach(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'kg-ingest-cmd-'));
  out = path.join(dir, 'out');
  await fs.mkdir(path.join(dir, 'in'));
  await fs.writeFile(path.join(dir, 'in', 'a.txt'), '桃源村的村民议事会每月召开一次。\n');
  await fs.writeFile(
    path.join(dir, 'in', 'b.txt'),
    iconv.encode('桃源村的村民議事會每月召開一次。\n', 'big5'),
  );
  printed = [];
  warned = [];
  jest.spyOn(console, 'log').mockImplementation((...a) => void printed.push(a.join(' ')));
  jest.spyOn(console, 'error').mockImplementation((...a) => void warned.push(a.join(' ')));
});

afterEach(async () => {
  jest.restoreAllMocks();
  await fs.rm(dir, { recursive: true, force: true });
});

describe('kg ingest', () => {
  it('writes documents.jsonl that the reader takes back, and summarizes the run', async () => {
    await run({ inputs: [path.join(dir, 'in')], out });
    const docs = await readDocuments(path.join(out, 'documents.jsonl'));
    expect(docs.map((d) => [d.name, d.encoding, d.script, d.text])).toEqual([
      ['a', 'UTF-8', 'simplified', '桃源村的村民议事会每月召开一次。'],
      ['b', 'Big5', 'traditional', '桃源村的村民议事会每月召开一次。'],
    ]);
    const summary = printed.join('\n');
    expect(summary).toContain('ingested 2 documents (0 failed)');
    expect(summary).toContain('encodings  UTF-8 1, Big5 1');
    expect(summary).toContain('scripts    simplified 1, traditional 1');
    expect(warned).toEqual([]);
  });

  it('fails with exit code 1 after the whole batch when a file failed', async () => {
    await fs.writeFile(path.join(dir, 'in', 'c.txt'), '');
    const failing = run({ inputs: [path.join(dir, 'in')], out });
    await expect(failing).rejects.toEqual(
      new UsageError('1 of 3 file(s) failed (--keep-going accepts that)', 1),
    );
    expect(warned).toEqual([`kg ingest: ${path.join(dir, 'in', 'c.txt')}: empty file (0 bytes)`]);
    expect(await readDocuments(path.join(out, 'documents.jsonl'))).toHaveLength(2);
  });

  it('accepts failures with --keep-going', async () => {
    await fs.writeFile(path.join(dir, 'in', 'c.txt'), '');
    await run({ inputs: [path.join(dir, 'in')], out, keepGoing: true });
    expect(printed.join('\n')).toContain('ingested 2 documents (1 failed)');
  });

  it('applies --max-bytes', async () => {
    await expect(run({ inputs: [path.join(dir, 'in')], out, maxBytes: '20B' })).rejects.toThrow(
      UsageError,
    );
    expect(warned.every((line) => line.includes('over the limit of 20 bytes'))).toBe(true);
    expect(warned).toHaveLength(2);
  });
});

describe('parseByteSize', () => {
  it.each([
    ['5000', 5000],
    ['20MB', 20 * 1024 * 1024],
    ['1.5k', 1536],
    ['2 GiB', 2 * 1024 ** 3],
    [300, 300],
  ])('reads %p as %p bytes', (value, bytes) => {
    expect(parseByteSize(value)).toBe(bytes);
  });

  it.each(['', 'lots', '-5', '0', '10TB'])('rejects %p as a usage error', (value) => {
    expect(() => parseByteSize(value)).toThrow(UsageError);
  });
});
