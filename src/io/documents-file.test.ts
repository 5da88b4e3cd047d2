import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { NormalizedDocument } from '../types/document';
import { UsageError } from '../errors';
import { isNormalizedDocument, readDocuments, writeDocuments } from './documents-file';
import { buildDocument } from '../pipeline/ingest/build-document';

const doc: NormalizedDocument = buildDocument(
  '柳溪.txt',
  Buffer.from('柳溪村召开党员大会。\n', 'utf8'),
);

describe('isNormalizedDocument', () => {
  it('accepts a document the stage built', () => {
    expect(isNormalizedDocument(JSON.parse(JSON.stringify(doc)))).toBe(true);
  });

  it.each([
    ['a missing text', { ...doc, text: undefined }],
    ['an unknown script', { ...doc, script: 'cursive' }],
    [
      'a sentence of unknown kind',
      { ...doc, sentences: [{ index: 0, start: 0, end: 1, kind: 'poem' }] },
    ],
    ['a short offset segment', { ...doc, offsets: [[0, 0, 1]] }],
    ['an author without role', { ...doc, meta: { authors: [{ name: '韦青' }] } }],
    ['a negative cleaning count', { ...doc, cleaning: { chrome: -1 } }],
    ['not an object', 'documents'],
  ])('rejects %s', (_, value) => {
    expect(isNormalizedDocument(value)).toBe(false);
  });
});

describe('documents.jsonl', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'kg-documents-'));
  });
  afterEach(async () => {
    await fs.rm(dir, { recursive: true, force: true });
  });

  it('reads back what was written', async () => {
    const file = await writeDocuments(dir, [doc, doc]);
    expect(await readDocuments(file)).toEqual([doc, doc].map((d) => JSON.parse(JSON.stringify(d))));
  });

  it('names the line of a record of the wrong shape', async () => {
    const file = path.join(dir, 'documents.jsonl');
    await fs.writeFile(file, JSON.stringify(doc) + '\n' + JSON.stringify({ id: 'x' }) + '\n');
    await expect(readDocuments(file)).rejects.toEqual(
      new UsageError(`${file}:2: not a record of the expected shape`),
    );
  });
});
