/**
 * A lock file around install and start, so two callers at once (two terminals,
 * Jest's setup and a test) leave one server. A lock whose owner died is taken over.
 */
import { promises as fs } from 'node:fs';
import { UsageError } from '../errors';
import type { Report } from './install';
import { paths, shown } from './layout';
import { isAlive, sleep } from './server-process';

const WAIT_MS = 15 * 60_000; // long enough for a first install on a slow network

export async function withStartLock<T>(report: Report, work: () => Promise<T>): Promise<T> {
  await fs.mkdir(paths.run, { recursive: true });
  const deadline = Date.now() + WAIT_MS;
  let told = false;
  for (;;) {
    try {
      await fs.writeFile(paths.startLock, `${process.pid}\n`, { flag: 'wx' });
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const owner = Number((await fs.readFile(paths.startLock, 'utf8').catch(() => '')).trim());
    // An empty lock is being written, unless it is old (its writer died right after creating it).
    const abandoned = owner ? !isAlive(owner) : await isOlderThan(paths.startLock, 10_000);
    if (abandoned) {
      await fs.rm(paths.startLock, { force: true });
      continue;
    }
    if (Date.now() > deadline) {
      throw new UsageError(
        `another \`kg neo4j start\` (pid ${owner || '?'}) holds ${shown(paths.startLock)}`,
      );
    }
    if (!told) report(`Waiting for another start of Neo4j (pid ${owner || '?'})…`);
    told = true;
    await sleep(500);
  }
  try {
    return await work();
  } finally {
    await fs.rm(paths.startLock, { force: true });
  }
}

async function isOlderThan(file: string, ms: number): Promise<boolean> {
  const stat = await fs.stat(file).catch(() => undefined);
  return stat === undefined || Date.now() - stat.mtimeMs > ms;
}
