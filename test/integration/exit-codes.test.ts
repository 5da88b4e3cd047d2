/**
 * Exit codes of every command that takes inputs, as the README promises: 0 when
 * every input was read, 1 when some failed and the rest was still processed (and
 * loaded), 2 for a usage error.
 */
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  promises as fs,
  readFileSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ingest, writeDocuments } from '../../src/pipeline/ingest';
import { kg } from '../helpers/cli';
import { useNeo4j } from '../helpers/neo4j';
import { FIXTURES } from '../fixtures/load/corpus';

jest.setTimeout(300_000);

describe('exit codes', () => {
  const driver = useNeo4j();
  const work = mkdtempSync(path.join(os.tmpdir(), 'kg-exit-'));
  const good = path.join(work, 'good');
  const mixed = path.join(work, 'mixed');
  const graphs = path.join(work, 'graphs');

  beforeAll(async () => {
    for (const dir of [good, mixed, graphs]) mkdirSync(dir);
    for (const dir of [good, mixed])
      copyFileSync(path.join(FIXTURES, 'v1/alpha.txt'), path.join(dir, 'alpha.txt'));
    writeFileSync(path.join(mixed, 'empty.txt'), '');
    copyFileSync(path.join(FIXTURES, 'v1/alpha.json'), path.join(graphs, 'alpha.json'));
    writeFileSync(path.join(graphs, 'broken.json'), '{"doc": "broken", "entities": [');
    await writeDocuments(graphs, (await ingest([good])).documents);
  });

  afterAll(async () => {
    await fs.rm(work, { recursive: true, force: true });
  });

  const articles = async () =>
    (await driver().executeQuery('MATCH (a:Article) RETURN a.id AS id ORDER BY id')).records.map(
      (r) => r.get('id') as string,
    );
  const out = (name: string) => path.join(work, 'out', name);

  it('kg ingest: 0, 1 with the rest written, 2', async () => {
    expect((await kg(work, 'ingest', good, '--out', out('i0'))).code).toBe(0);
    const partial = await kg(work, 'ingest', mixed, '--out', out('i1'));
    expect(partial.code).toBe(1);
    expect(partial.out.join('\n')).toMatch(/ingested 1 documents \(1 failed\)/);
    expect((await kg(work, 'ingest', good, '--max-bytes', 'lots')).code).toBe(2);
  });

  it('kg extract: 0, 1 with the rest extracted (a lone empty file too), 2', async () => {
    expect((await kg(work, 'extract', good, '--out', out('e0'))).code).toBe(0);
    const partial = await kg(work, 'extract', mixed, '--out', out('e1'));
    expect(partial.code).toBe(1);
    expect(partial.errors).toContain('kg: 1 of 2 inputs failed; the rest was processed');
    expect((await fs.readdir(out('e1'))).filter((f) => f.endsWith('.json'))).toEqual([
      'alpha.json',
    ]);
    const lone = await kg(work, 'extract', path.join(mixed, 'empty.txt'), '--out', out('e2'));
    expect(lone.code).toBe(1);
    expect((await kg(work, 'extract', good, '--workers', 'many')).code).toBe(2);
  });

  it('kg ingest and kg extract: 0 for a file cut inside its last character, with a warning', async () => {
    const cut = path.join(work, 'cut');
    mkdirSync(cut);
    const bytes = Buffer.from(
      readFileSync(path.join(FIXTURES, 'v1/alpha.txt'), 'utf8').trimEnd() + '镇',
    );
    writeFileSync(path.join(cut, 'alpha.txt'), bytes.subarray(0, -1));
    const warning =
      `${path.join(cut, 'alpha.txt')}: 2 undecodable bytes replaced by U+FFFD ` +
      `(2 at byte ${bytes.length - 3})`;
    const ingested = await kg(work, 'ingest', cut, '--out', out('c0'));
    expect(ingested.code).toBe(0);
    expect(ingested.errors).toContain(`kg ingest: ${warning}`);
    const extracted = await kg(work, 'extract', cut, '--out', out('c1'));
    expect(extracted.code).toBe(0);
    expect(extracted.errors).toContain(`kg extract: ${warning}`);
  });

  it('kg load: 0, 1 with the rest loaded, 2', async () => {
    const partial = await kg(work, 'load', graphs);
    expect(partial.code).toBe(1);
    expect(await articles()).toEqual(['alpha']);
    await fs.rm(path.join(graphs, 'broken.json'));
    expect((await kg(work, 'load', graphs)).code).toBe(0);
    expect((await kg(work, 'load', graphs, '--batch-size', '0')).code).toBe(2);
    writeFileSync(path.join(graphs, 'broken.json'), '{"doc": "broken", "entities": [');
  });

  it('kg export: 1 with the rest exported', async () => {
    const partial = await kg(work, 'export', graphs, '--out', out('x1'));
    expect(partial.code).toBe(1);
    expect(partial.out.join('\n')).toMatch(/ of 1 documents → /);
  });

  it('kg build: 0, 1 with the rest loaded, 2', async () => {
    expect((await kg(work, 'build', good, '--out', out('b0'))).code).toBe(0);
    await driver().executeQuery('MATCH (n) DETACH DELETE n');
    const partial = await kg(work, 'build', mixed, '--out', out('b1'));
    expect(partial.code).toBe(1);
    expect(partial.errors).toContain('kg: 1 of 2 inputs failed; the rest was processed');
    expect(await articles()).toEqual(['alpha']);
    expect((await kg(work, 'build', good, '--workers', '-1')).code).toBe(2);
  });
});
