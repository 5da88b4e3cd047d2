/**
 * The project's own Neo4j server under .neo4j/: start (installing it on first
 * use), stop and status. Starting is idempotent: a running server is reused,
 * and a lock keeps concurrent starts from launching a second one.
 */
import { promises as fs } from 'node:fs';
import type { Driver } from 'neo4j-driver';
import { UsageError } from '../errors';
import { Neo4jConfig, neo4jConfig } from './config';
import { connectionError, createDriver, isLoginRefused } from './driver';
import { ensureInitialPassword } from './initial-password';
import { ensureInstalled, isInstalled, Report, writeServerFiles } from './install';
import { requireJava } from './java';
import { BOLT_PORT, BROWSER_URL, HTTP_PORT, LOCAL_URI, paths, shown } from './layout';
import { isPortOpen } from './ports';
import { isAlive, launchServer, runningPid, sleep, terminate } from './server-process';
import { withStartLock } from './start-lock';

const READY_TIMEOUT_MS = 180_000;

/** Keeps a server that a test run started running after that run ends. */
export async function claimLocalServer(): Promise<void> {
  await fs.rm(paths.startedByTests, { force: true });
}

export interface StartResult {
  pid: number;
  /** False when a server was already running. */
  started: boolean;
}

export async function ensureLocalServer(report: Report): Promise<StartResult> {
  // Fast path, taken by every command and test once the server is up.
  const pid = await runningPid();
  if (pid !== undefined && (await isPortOpen(BOLT_PORT))) return { pid, started: false };
  return withStartLock(report, async () => {
    const already = await runningPid();
    if (already !== undefined) {
      await waitUntilReady(already);
      return { pid: already, started: false };
    }
    await requirePortsFree();
    const java = requireJava();
    await ensureInstalled(report);
    await writeServerFiles();
    await ensureInitialPassword(java, report);
    const started = Date.now();
    report(`Starting Neo4j (log: ${shown(paths.neo4jLog)})…`);
    const launched = await launchServer(java);
    await fs.rm(paths.startedByTests, { force: true }); // whoever started it owns it
    await waitUntilReady(launched);
    report(
      `Neo4j is up in ${((Date.now() - started) / 1000).toFixed(1)} s: ${LOCAL_URI}, ` +
        `Browser ${BROWSER_URL}`,
    );
    return { pid: launched, started: true };
  });
}

async function requirePortsFree(): Promise<void> {
  for (const port of [BOLT_PORT, HTTP_PORT]) {
    if (await isPortOpen(port)) {
      throw new UsageError(
        `port ${port} on 127.0.0.1 is taken by another program; stop it, or set NEO4J_URI ` +
          'to use the Neo4j server that is already there',
      );
    }
  }
}

/** Ready means Bolt accepts our login and the HTTP server (Browser) answers. */
async function waitUntilReady(pid: number): Promise<void> {
  const config = neo4jConfig();
  const driver = createDriver(config);
  const deadline = Date.now() + READY_TIMEOUT_MS;
  try {
    for (;;) {
      if (!isAlive(pid)) {
        throw new UsageError(
          `Neo4j stopped while starting; see ${shown(paths.neo4jLog)} and ${shown(paths.consoleLog)}`,
        );
      }
      if ((await boltAnswers(driver, config)) && (await httpAnswers())) return;
      if (Date.now() > deadline) {
        throw new UsageError(
          `Neo4j did not answer on ${LOCAL_URI} within ${READY_TIMEOUT_MS / 1000} s; ` +
            `see ${shown(paths.neo4jLog)}`,
        );
      }
      await sleep(500);
    }
  } finally {
    await driver.close();
  }
}

async function boltAnswers(driver: Driver, config: Neo4jConfig): Promise<boolean> {
  try {
    await driver.getServerInfo();
    return true;
  } catch (error) {
    if (isLoginRefused(error)) throw connectionError(error, config);
    return false;
  }
}

async function httpAnswers(): Promise<boolean> {
  try {
    return (await fetch(`http://127.0.0.1:${HTTP_PORT}/`)).ok;
  } catch {
    return false;
  }
}

export async function stopLocalServer(report: Report): Promise<void> {
  const pid = await runningPid();
  if (pid === undefined) {
    report('Neo4j is not running.');
    return;
  }
  report(`Stopping Neo4j (pid ${pid})…`);
  const how = await terminate(pid);
  await runningPid(); // removes the pid file
  await fs.rm(paths.startedByTests, { force: true });
  report(how === 'stopped' ? 'Neo4j stopped.' : 'Neo4j did not stop in time and was killed.');
}

export type LocalStatus =
  { state: 'running'; pid: number } | { state: 'stopped'; installed: boolean; busyPorts: number[] };

export async function localServerStatus(): Promise<LocalStatus> {
  const pid = await runningPid();
  if (pid !== undefined) return { state: 'running', pid };
  const busyPorts: number[] = [];
  for (const port of [BOLT_PORT, HTTP_PORT]) if (await isPortOpen(port)) busyPorts.push(port);
  return { state: 'stopped', installed: await isInstalled(), busyPorts };
}
