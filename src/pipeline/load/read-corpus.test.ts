import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildDocument } from '../ingest/build-document';
import { streamCorpus } from './read-corpus';

/** An extraction folder with one invented document, its graph, and `extraLine` in documents.jsonl. */
function folder(extraLine: string): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'kg-read-corpus-'));
  const doc = buildDocument('青石.txt', Buffer.from('青石村召开村民代表大会。\n', 'utf8'));
  writeFileSync(path.join(dir, 'documents.jsonl'), `${JSON.stringify(doc)}\n${extraLine}\n`);
  writeFileSync(
    path.join(dir, '青石.json'),
    JSON.stringify({ doc: '青石', entities: [], relations: [], facts: [] }),
  );
  return dir;
}

describe('streamCorpus', () => {
  it('reads each graph with its document', async () => {
    const stream = await streamCorpus(folder(''));
    const entries = [];
    for await (const entry of stream.entries) entries.push(entry);
    expect(entries.map((e) => [e.graph.doc, e.doc?.name])).toEqual([['青石', '青石']]);
    expect(stream.failures).toEqual([]);
  });

  it.each([
    ['a corrupt line', '{"name": "青石"', 'not valid JSON'],
    ['a foreign record', '{"name": "青石", "text": 3}', 'not a normalized document record'],
  ])('refuses documents.jsonl with %s, naming the file and line', async (_, line, problem) => {
    const dir = folder(line);
    await expect(streamCorpus(dir)).rejects.toThrow(
      `${path.join(dir, 'documents.jsonl')}:2: ${problem}`,
    );
  });

  it('reports a graph file of another shape and goes on', async () => {
    const dir = folder('');
    writeFileSync(path.join(dir, 'zz.json'), '{"entities": {}}');
    const stream = await streamCorpus(dir);
    const entries = [];
    for await (const entry of stream.entries) entries.push(entry);
    expect(entries).toHaveLength(1);
    expect(stream.failures).toEqual([`${path.join(dir, 'zz.json')}: "entities" is not a list`]);
  });
});
