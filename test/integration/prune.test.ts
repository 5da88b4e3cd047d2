/**
 * Pruning makes the graph follow its input: articles no longer in the input go,
 * with what only they contributed, and the graph equals a clean load of what is
 * left, also when the server is killed mid-prune (each article goes whole, in
 * its own transaction here, and pruning again finishes). The loader-level suite
 * runs on a scratch server of its own, which it kills; the command-line suite
 * runs `kg build` and `kg build --prune` as a user would.
 */
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  promises as fs,
  readdirSync,
  readFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { UsageError } from '../../src/errors';
import { loadGazetteer } from '../../src/gazetteer/gazetteer';
import { startScratchServer, type ScratchServer } from '../../src/neo4j/scratch-server';
import { isAlive, sleep } from '../../src/neo4j/server-process';
import { loadCorpus, type Corpus } from '../../src/pipeline/load';
import { articlesNotIn, pruneArticles } from '../../src/pipeline/load/prune';
import { kg } from '../helpers/cli';
import { resetDatabase, useNeo4j } from '../helpers/neo4j';
import { goldCorpus, graphSnapshot } from '../fixtures/load/corpus';

jest.setTimeout(600_000);
const hierarchy = loadGazetteer();
const PROJECT = path.resolve(__dirname, '..', '..');

/** The five sample reports and a copy of each under another name: ten articles sharing entities. */
async function tenReports(): Promise<Corpus> {
  const five = await goldCorpus();
  const copy = (name: string) => `${name}-copy`;
  return {
    documents: [...five.documents, ...five.documents.map((d) => ({ ...d, name: copy(d.name) }))],
    graphs: [...five.graphs, ...five.graphs.map((g) => ({ ...g, doc: copy(g.doc) }))],
  };
}

const only = (corpus: Corpus, names: string[]): Corpus => ({
  documents: corpus.documents.filter((d) => names.includes(d.name)),
  graphs: corpus.graphs.filter((g) => names.includes(g.doc)),
});

describe('pruning, at the loader, with the server killed mid-prune', () => {
  const home = mkdtempSync(path.join(os.tmpdir(), 'kg-prune-'));
  let server: ScratchServer;
  let ten: Corpus;
  let removed: string[];
  let seven: string[];
  const driver = (): Driver => server.driver;

  async function cleanLoad(names: string[]): Promise<string[]> {
    await resetDatabase(driver());
    await loadCorpus(driver(), only(ten, names), { hierarchy });
    return graphSnapshot(driver());
  }

  beforeAll(async () => {
    server = await startScratchServer(home);
    ten = await tenReports();
    const names = ten.graphs.map((g) => g.doc).sort();
    // An original with its copy (entities only they name go), and an original whose copy stays.
    removed = [names[0], names[1], names[2]].sort();
    seven = names.filter((n) => !removed.includes(n));
  });

  afterAll(async () => {
    await server?.stop();
    await fs.rm(home, { recursive: true, force: true });
  });

  let cleanSeven: string[];
  let cleanNine: string[];

  it('finds the articles that are not in the input', async () => {
    cleanSeven = await cleanLoad(seven);
    cleanNine = await cleanLoad([...seven, ...removed.slice(1)]);
    await resetDatabase(driver());
    await loadCorpus(driver(), ten, { hierarchy });
    expect(await articlesNotIn(driver(), seven)).toEqual(removed);
  });

  it('leaves no half article when the server is killed inside a prune transaction', async () => {
    const pid = Number(readFileSync(path.join(home, 'run', 'scratch.pid'), 'utf8'));
    let transactions = 0;
    const attempt = pruneArticles(driver(), removed, {
      perTransaction: 1,
      onProgress: () => {
        if (++transactions === 2) process.kill(pid, 'SIGKILL');
      },
    });
    await expect(attempt).rejects.toThrow(UsageError);
    await expect(attempt).rejects.toThrow(/lost the connection to Neo4j while pruning/);
    while (isAlive(pid)) await sleep(100);
    await server.stop();
    server = await startScratchServer(home);
    expect(await graphSnapshot(driver())).toEqual(cleanNine);
  });

  it('finishes when pruned again: the graph of a clean load of the seven, and then stays', async () => {
    const left = await articlesNotIn(driver(), seven);
    expect(left).toEqual(removed.slice(1));
    await pruneArticles(driver(), left);
    expect(await graphSnapshot(driver())).toEqual(cleanSeven);
    expect(await articlesNotIn(driver(), seven)).toEqual([]);
  });
});

describe('kg build --prune', () => {
  const driver = useNeo4j();
  const work = mkdtempSync(path.join(os.tmpdir(), 'kg-build-prune-'));
  // Not reports/: that is where the build writes its analytics, in its working folder.
  const reports = path.join(work, 'input');
  const build = (...flags: string[]) =>
    kg(work, 'build', reports, '--out', path.join(work, 'out'), ...flags);

  beforeAll(() => {
    mkdirSync(reports);
    const raw = path.join(PROJECT, 'data', 'raw');
    for (const file of readdirTxt(raw))
      copyFileSync(path.join(raw, file), path.join(reports, file));
  });

  afterAll(async () => {
    await fs.rm(work, { recursive: true, force: true });
  });

  it('says how many articles are not in the input, and removes them only when asked', async () => {
    expect((await build()).code).toBe(0);
    const [first, second] = readdirTxt(reports);
    await fs.rm(path.join(reports, first));
    await fs.rm(path.join(reports, second));
    const told = await build();
    expect(told.code).toBe(0);
    expect(told.out.join('\n')).toMatch(
      /not in input +2 articles of the graph \(--prune removes them\)/,
    );
    const pruned = await build('--prune');
    expect(pruned.code).toBe(0);
    expect(pruned.out.join('\n')).toMatch(/2 not in the input pruned/);
    expect(pruned.out.join('\n')).toMatch(/not in input +0 articles of the graph\n/);
    const afterPrune = await graphSnapshot(driver(), true);
    await resetDatabase(driver());
    expect((await build()).code).toBe(0);
    expect(afterPrune).toEqual(await graphSnapshot(driver(), true));
  });
});

function readdirTxt(dir: string): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort();
}
