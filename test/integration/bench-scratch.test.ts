/**
 * The benchmark never writes the user's graph: its load stages run against a
 * scratch server of their own. A benchmark killed (SIGKILL, no chance to tidy up)
 * inside a load transaction leaves the user's database as it was, counts and
 * content; its scratch server, detached, outlives it and is stopped, with its
 * home removed, by the next run's clean-up. Needs dist/ built (the benchmark
 * measures the compiled product).
 */
import { spawn } from 'node:child_process';
import { existsSync, promises as fs } from 'node:fs';
import { createHash } from 'node:crypto';
import path from 'node:path';
import { SCRATCH_DIR } from '../../bench/paths';
import { removeAbandonedScratchHomes } from '../../src/neo4j/scratch-server';
import { isAlive } from '../../src/neo4j/server-process';
import { loadCorpus } from '../../src/pipeline/load';
import { loadGazetteer } from '../../src/gazetteer/gazetteer';
import { useNeo4j } from '../helpers/neo4j';
import { fixtureCorpus, graphCounts, graphSnapshot } from '../fixtures/load/corpus';

jest.setTimeout(600_000);
const PROJECT = path.resolve(__dirname, '..', '..');

/** Runs a small benchmark and SIGKILLs it (with its stage child) inside its first load batch. */
function benchKilledMidLoad(): Promise<{ pid: number; log: string }> {
  const args = ['--sizes', '1', '--runs', '1', '--workers', '1', '--analytics-edges', '0'];
  const bench = spawn(process.execPath, ['--require', 'tsx/cjs', 'bench/run.ts', ...args], {
    cwd: PROJECT,
    // KG_DEBUG: the load stage reports its batches, so the kill lands inside one.
    env: { ...process.env, KG_DEBUG: '1' },
    detached: true,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const pid = bench.pid!;
  let log = '';
  return new Promise((resolve, reject) => {
    bench.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      log += chunk;
      if (/batch \d+: writing/.test(log) && isAlive(pid)) process.kill(-pid, 'SIGKILL');
    });
    bench.on('error', reject);
    bench.on('close', (_code, signal) =>
      signal === 'SIGKILL' ? resolve({ pid, log }) : reject(new Error(`bench ended:\n${log}`)),
    );
  });
}

describe('a benchmark killed while loading', () => {
  const driver = useNeo4j();
  let before: { counts: Record<string, number>; hash: string };

  const state = async () => ({
    counts: await graphCounts(driver()),
    hash: createHash('sha256')
      .update((await graphSnapshot(driver())).join('\n'))
      .digest('hex'),
  });

  beforeAll(async () => {
    await loadCorpus(driver(), await fixtureCorpus('v1'), { hierarchy: loadGazetteer() });
    before = await state();
  });

  let killed: { pid: number; log: string };

  it('leaves the user graph unchanged, counts and content', async () => {
    killed = await benchKilledMidLoad();
    expect(killed.log).toMatch(/load stages write into a scratch Neo4j at bolt:\/\/127\.0\.0\.1:/);
    expect(await state()).toEqual(before);
  });

  it("leaves a scratch home that the next run's clean-up stops and removes", async () => {
    const homes = (await fs.readdir(SCRATCH_DIR)).filter((n) => n.startsWith(`${killed.pid}-`));
    expect(homes).toHaveLength(1);
    const home = path.join(SCRATCH_DIR, homes[0]);
    const server = Number(await fs.readFile(path.join(home, 'run', 'scratch.pid'), 'utf8'));
    expect(isAlive(server)).toBe(true);
    expect(await removeAbandonedScratchHomes(SCRATCH_DIR)).toContain(home);
    expect(existsSync(home)).toBe(false);
    expect(isAlive(server)).toBe(false);
  });
});
