import { mkdtempSync, rmSync, writeFileSync, copyFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { readExtractionOutput } from './graph-file';

const CORPUS = path.join(__dirname, '../../test/fixtures/analyze/corpus');

describe('readExtractionOutput', () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(path.join(os.tmpdir(), 'kg-analyze-read-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('reads every document graph, ignoring the corpus files beside them', async () => {
    copyFileSync(path.join(CORPUS, 'doc-a.json'), path.join(dir, 'doc-a.json'));
    writeFileSync(path.join(dir, 'documents.jsonl'), '{}\n');
    const { graphs, failures } = await readExtractionOutput(dir);
    expect(graphs.map((g) => [g.doc, g.entities.length, g.relations.length])).toEqual([
      ['doc-a', 10, 13],
    ]);
    expect(failures).toEqual([]);
  });

  it('reports a bad file by name and goes on with the others', async () => {
    copyFileSync(path.join(CORPUS, 'doc-b.json'), path.join(dir, 'doc-b.json'));
    writeFileSync(path.join(dir, 'broken.json'), '{"entities": [');
    writeFileSync(path.join(dir, 'odd.json'), '{"entities": [{"type": "Planet", "name": "x"}]}');
    const { graphs, failures } = await readExtractionOutput(dir);
    expect(graphs.map((g) => g.doc)).toEqual(['doc-b']);
    expect(failures.map((f) => f.message)).toEqual([
      `${path.join(dir, 'broken.json')}: not valid JSON`,
      `${path.join(dir, 'odd.json')}: entity 1 has no name or a type outside the spec`,
    ]);
  });

  it('refuses a folder without document graphs', async () => {
    await expect(readExtractionOutput(dir)).rejects.toThrow(`${dir}: no document graphs`);
    await expect(readExtractionOutput(path.join(dir, 'none'))).rejects.toThrow('no such folder');
  });
});
