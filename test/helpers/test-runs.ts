/**
 * Jest runs share the local server (several people may test in one work tree).
 * Each run holds a lease file while it runs; a server that a test run started
 * is stopped when the last lease ends, and one started by hand
 * (`kg neo4j start`) keeps running. Leases are taken and checked under the
 * start lock, so a run never sees the server stopped under it.
 */
import { existsSync, promises as fs } from 'node:fs';
import path from 'node:path';
import { paths } from '../../src/neo4j/layout';
import { ensureLocalServer, stopLocalServer } from '../../src/neo4j/local-server';
import { isAlive } from '../../src/neo4j/server-process';
import { withStartLock } from '../../src/neo4j/start-lock';

const report = (line: string): void => console.log(`[neo4j] ${line}`);
const lease = path.join(paths.testRuns, String(process.pid));

export async function beginTestRun(): Promise<void> {
  await withStartLock(report, async () => {
    await fs.mkdir(paths.testRuns, { recursive: true });
    await fs.writeFile(lease, '');
  });
  const { started } = await ensureLocalServer(report);
  if (started) await fs.writeFile(paths.startedByTests, '');
}

export async function endTestRun(): Promise<void> {
  await withStartLock(report, async () => {
    await fs.rm(lease, { force: true });
    if ((await otherLiveRuns()) > 0 || !existsSync(paths.startedByTests)) return;
    await stopLocalServer(report);
  });
}

/** Counts the other runs' leases, removing those whose run has died. */
async function otherLiveRuns(): Promise<number> {
  let live = 0;
  for (const name of await fs.readdir(paths.testRuns).catch(() => [])) {
    if (isAlive(Number(name))) live += 1;
    else await fs.rm(path.join(paths.testRuns, name), { force: true });
  }
  return live;
}
