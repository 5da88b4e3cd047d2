/**
 * The Neo4j server as an operating-system process: launched directly with
 * `java … CommunityEntryPoint` (the class the `neo4j console` script runs),
 * detached from the caller, its pid kept in .neo4j/run/neo4j.pid.
 */
import { spawn } from 'node:child_process';
import { closeSync, openSync, promises as fs, readFileSync } from 'node:fs';
import path from 'node:path';
import { paths } from './layout';

const ENTRY_POINT = 'org.neo4j.server.CommunityEntryPoint';

/** Small on purpose: the machine is shared with the test suites. */
const HEAP = ['-Xms128m', '-Xmx512m'];

/** The JVM options of Neo4j's own launcher (its default `server.jvm.additional`). */
const JVM_OPTIONS = [
  '-XX:+UseG1GC',
  '-XX:-OmitStackTraceInFastThrow',
  '-XX:+ExitOnOutOfMemoryError',
  '-XX:+UnlockExperimentalVMOptions',
  '-XX:+TrustFinalNonStaticFields',
  '-XX:+DisableExplicitGC',
  '-Djdk.nio.maxCachedBufferSize=1024',
  '-Dio.netty.tryReflectionSetAccessible=true',
  '-Dlog4j2.disable.jmx=true',
  '-Dfile.encoding=UTF-8',
  '--add-opens=java.base/java.nio=ALL-UNNAMED',
  '--add-opens=java.base/java.io=ALL-UNNAMED',
  '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
  '--enable-native-access=ALL-UNNAMED',
];

export function classPath(): string {
  // Browser's folder first, so its files (and the project's style) are served from there.
  return [paths.browserRoot, path.join(paths.lib, '*')].join(path.delimiter);
}

/** Environment for Neo4j's processes: where its home and config are, and no secrets. */
export function serverEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, NEO4J_HOME: paths.home, NEO4J_CONF: paths.conf };
  delete env.NEO4J_PASSWORD;
  return env;
}

/** Starts the server in the background; returns its pid, also written to the pid file. */
export async function launchServer(java: string): Promise<number> {
  await fs.mkdir(paths.logs, { recursive: true });
  await fs.mkdir(paths.run, { recursive: true });
  const log = openSync(paths.consoleLog, 'a');
  try {
    const child = spawn(
      java,
      [
        ...HEAP,
        ...JVM_OPTIONS,
        '-cp',
        classPath(),
        ENTRY_POINT,
        `--home-dir=${paths.home}`,
        `--config-dir=${paths.conf}`,
      ],
      { cwd: paths.home, env: serverEnv(), detached: true, stdio: ['ignore', log, log] },
    );
    if (child.pid === undefined) throw new Error(`could not run ${java}`);
    child.unref();
    await fs.writeFile(paths.pidFile, `${child.pid}\n`);
    return child.pid;
  } finally {
    closeSync(log);
  }
}

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: alive, but another user's, so not ours.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Whether pid is this project's Neo4j, not a process that reused the number. */
function isOurServer(pid: number): boolean {
  if (!isAlive(pid)) return false;
  try {
    const cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
    return cmdline.includes(ENTRY_POINT) && cmdline.includes(paths.home);
  } catch {
    return true; // no /proc (macOS): trust the pid file
  }
}

/** The pid of the running local server, or undefined (a stale pid file is removed). */
export async function runningPid(): Promise<number | undefined> {
  let pid: number;
  try {
    pid = Number((await fs.readFile(paths.pidFile, 'utf8')).trim());
  } catch {
    return undefined;
  }
  if (Number.isInteger(pid) && pid > 0 && isOurServer(pid)) return pid;
  await fs.rm(paths.pidFile, { force: true });
  return undefined;
}

/** SIGTERM (Neo4j shuts down cleanly, checkpointing), then SIGKILL if it hangs. */
export async function terminate(pid: number, graceMs = 60_000): Promise<'stopped' | 'killed'> {
  process.kill(pid, 'SIGTERM');
  const deadline = Date.now() + graceMs;
  while (Date.now() < deadline) {
    if (!isAlive(pid)) return 'stopped';
    await sleep(200);
  }
  process.kill(pid, 'SIGKILL');
  while (isAlive(pid)) await sleep(100);
  return 'killed';
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
