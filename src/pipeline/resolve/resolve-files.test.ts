import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { resolveCorpus, type CorpusEntity } from '../resolve/corpus';
import type { DocumentGraph, Entity } from '../../types/graph';
import { resolveGraphFiles } from './resolve-files';

const dir = mkdtempSync(path.join(tmpdir(), 'kg-resolve-files-'));

const person = (name: string, aliases: string[] = []): Entity => ({
  type: 'Person',
  name,
  aliases,
});
const place: Entity = { type: 'County', name: '思明区', aliases: ['思明'], adminCode: '350203' };

/** Invented graphs in which the same things recur across documents under other aliases. */
const graphs: DocumentGraph[] = Array.from({ length: 12 }, (_, i) => ({
  doc: `doc-${i}`,
  entities: [
    person(`林晓峰`, [`林书记${i % 3}`]),
    person(`陈海燕${i % 4}`),
    { ...place, aliases: i % 2 ? ['思明'] : [] },
    { type: 'Organization', name: `第${i % 5}社区党员服务中心` },
  ],
  relations: [],
  facts: [],
}));

function writeGraphs(): string[] {
  return graphs.map((g) => {
    const file = path.join(dir, `${g.doc}.json`);
    writeFileSync(file, JSON.stringify(g));
    return file;
  });
}

function readEntities(file: string): CorpusEntity[] {
  return readFileSync(file, 'utf8')
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as CorpusEntity);
}

const byKey = (a: CorpusEntity, b: CorpusEntity) => a.key.localeCompare(b.key);

describe('resolveGraphFiles', () => {
  it('with one partition writes exactly what resolveCorpus gives for all graphs', async () => {
    const out = path.join(dir, 'one.jsonl');
    const count = await resolveGraphFiles(writeGraphs(), out, { partitions: 1 });
    const expected = JSON.parse(JSON.stringify(resolveCorpus(graphs))) as CorpusEntity[];
    expect(readEntities(out)).toEqual(expected);
    expect(count).toBe(expected.length);
  });

  it('with several partitions merges every key whole, as one partition does', async () => {
    const files = writeGraphs();
    const one = path.join(dir, 'single.jsonl');
    const many = path.join(dir, 'many.jsonl');
    await resolveGraphFiles(files, one, { partitions: 1 });
    await resolveGraphFiles(files, many, { partitions: 4 });
    expect(readEntities(many).sort(byKey)).toEqual(readEntities(one).sort(byKey));
  });
});
