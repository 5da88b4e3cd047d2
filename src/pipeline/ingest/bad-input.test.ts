/**
 * Bad files in a batch: each gets one clear line naming the file and the
 * problem, and the other files are still ingested.
 */
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import iconv from 'iconv-lite';
import { InputError } from '../../errors';
import { ingest } from '.';
import { readInput } from './read-input';

const GOOD = '梅林村新修了三公里机耕路，农机可以直接开到田头。\n';
const runsAsRoot = process.getuid?.() === 0;

let dir: string;
const at = (name: string) => path.join(dir, name);

beforeEach(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'kg-ingest-bad-'));
});

afterEach(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

async function problems(options: { maxBytes?: number } = {}): Promise<Record<string, string>> {
  const { documents, failures } = await ingest([dir], options);
  expect(documents.map((d) => d.name)).toContain('good');
  return Object.fromEntries(failures.map((f) => [path.basename(f.file), f.problem]));
}

describe('ingest with bad files in the batch', () => {
  beforeEach(async () => {
    await fs.writeFile(at('good.txt'), GOOD);
  });

  it('reports an empty file and goes on', async () => {
    await fs.writeFile(at('empty.txt'), '');
    expect(await problems()).toEqual({ 'empty.txt': 'empty file (0 bytes)' });
  });

  it('reports a file of blank lines as empty', async () => {
    await fs.writeFile(at('blank.txt'), '\n  \n\u3000\n');
    expect(await problems()).toEqual({ 'blank.txt': 'empty file (only whitespace)' });
  });

  it('reports a binary file', async () => {
    await fs.writeFile(
      at('image.txt'),
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]),
    );
    expect(await problems()).toEqual({ 'image.txt': 'binary file (NUL bytes), not text' });
  });

  it('reports undecodable bytes past the share that is replaced', async () => {
    await fs.writeFile(
      at('broken.txt'),
      Buffer.concat([Buffer.from(GOOD), Buffer.alloc(40, 0xff)]),
    );
    expect(await problems()).toEqual({
      'broken.txt': expect.stringMatching(
        /^undecodable bytes: not valid UTF-8, GB18030 or Big5 \(at least 40 of \d+ bytes bad; up to \d+ are replaced\)$/,
      ),
    });
  });

  it('refuses a file over the size limit', async () => {
    await fs.writeFile(at('long.txt'), GOOD.repeat(100));
    const size = (await fs.stat(at('long.txt'))).size;
    expect(await problems({ maxBytes: 1024 })).toEqual({
      'long.txt': `too large: ${(size / 1024).toFixed(1)} KB, over the limit of 1.0 KB (--max-bytes)`,
    });
  });

  it('refuses a huge file without reading it into memory', async () => {
    // A sparse 5 GB file: reading it whole would fail, so only stat can have judged it.
    const handle = await fs.open(at('huge.txt'), 'w');
    await handle.truncate(5 * 1024 ** 3);
    await handle.close();
    expect(await problems()).toEqual({
      'huge.txt': 'too large: 5120.0 MB, over the limit of 20.0 MB (--max-bytes)',
    });
  });

  it('reports a page that is nothing but site chrome', async () => {
    await fs.writeFile(
      at('chrome.html'),
      '<html><body><nav>首页 | 关于我们</nav><p>返 回</p></body></html>',
    );
    expect(await problems()).toEqual({
      'chrome.html': 'no text left after cleaning (only markup or site chrome)',
    });
  });

  (runsAsRoot ? it.skip : it)('reports a file it may not read', async () => {
    await fs.writeFile(at('secret.txt'), GOOD);
    await fs.chmod(at('secret.txt'), 0o000);
    expect(await problems()).toEqual({ 'secret.txt': 'cannot read: permission denied' });
  });

  it('ingests every good file of a mixed batch, each encoding reported', async () => {
    await fs.writeFile(at('gbk.txt'), iconv.encode(GOOD.repeat(3), 'gbk'));
    await fs.writeFile(at('utf16.txt'), iconv.encode(GOOD, 'utf16le', { addBOM: true }));
    await fs.writeFile(at('empty.md'), '');
    const { documents, failures } = await ingest([dir]);
    expect(documents.map((d) => [d.name, d.encoding])).toEqual([
      ['gbk', 'GB18030'],
      ['good', 'UTF-8'],
      ['utf16', 'UTF-16LE'],
    ]);
    expect(failures.map((f) => f.message)).toEqual([`${at('empty.md')}: empty file (0 bytes)`]);
  });
});

describe('readInput', () => {
  it('names a folder given where a file was expected', async () => {
    await expect(readInput(dir)).rejects.toEqual(
      new InputError(dir, 'cannot read: is a folder, not a file'),
    );
  });

  it('names a file that is gone', async () => {
    await expect(readInput(at('gone.txt'))).rejects.toEqual(
      new InputError(at('gone.txt'), 'cannot read: file vanished'),
    );
  });
});
