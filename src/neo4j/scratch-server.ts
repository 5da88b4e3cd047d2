/**
 * Scratch Neo4j servers: a database home of its own (never the shared server's
 * .neo4j/), served on a free local port, 127.0.0.1 only, without authentication,
 * with the project's own jars. The neo4j-admin import fills one and serves it for
 * comparison; the benchmark writes into one, so the user's graph is never touched.
 * A server records its pid in its home, so a home left by an interrupted run
 * (whose server, detached, outlives it) can be stopped and removed later.
 */
import { spawn } from 'node:child_process';
import { closeSync, openSync, promises as fs, readFileSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import neo4j, { type Driver } from 'neo4j-driver';
import { UsageError } from '../errors';
import { executeQuery } from './executor';
import { requireJava } from './java';
import { paths } from './layout';
import { classPath, isAlive, sleep, terminate } from './server-process';

const SERVER = 'org.neo4j.server.CommunityEntryPoint';
const READY_TIMEOUT_MS = 120_000;

/** Refuses the project's own server home: an import overwrites the database it writes. */
export function requireSeparateHome(home: string): string {
  const resolved = path.resolve(home);
  const shared = path.resolve(paths.home);
  if (resolved === shared || resolved.startsWith(shared + path.sep)) {
    throw new UsageError(
      `${home} is the shared local server's home; import into a folder of its own`,
    );
  }
  return resolved;
}

export interface ScratchMemory {
  heapMb: number;
  pageCacheMb: number;
}

/** Small on purpose: the machine is shared with the test suites. */
const SMALL: ScratchMemory = { heapMb: 256, pageCacheMb: 64 };

/** Writes the home's neo4j.conf (its own data, logs and run folders); returns the conf folder. */
export async function writeHomeConfig(
  home: string,
  extra: string[] = [],
  memory: ScratchMemory = SMALL,
): Promise<string> {
  const conf = path.join(home, 'conf');
  await fs.mkdir(conf, { recursive: true });
  const lines = [
    `server.directories.data=${path.join(home, 'data')}`,
    `server.directories.logs=${path.join(home, 'logs')}`,
    `server.directories.run=${path.join(home, 'run')}`,
    `server.memory.pagecache.size=${memory.pageCacheMb}m`,
    ...extra,
  ];
  await fs.writeFile(path.join(conf, 'neo4j.conf'), lines.join('\n') + '\n');
  return conf;
}

/** The environment of a Neo4j process for `home`: its config, and no secrets. */
export function homeEnv(home: string, conf: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, NEO4J_HOME: home, NEO4J_CONF: conf };
  delete env.NEO4J_PASSWORD;
  return env;
}

export interface ScratchServer {
  uri: string;
  driver: Driver;
  /** The server's process (the benchmark reads its CPU time). */
  pid: number;
  stop(): Promise<void>;
}

/** A local port nothing listens on right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

const pidFile = (home: string) => path.join(home, 'run', 'scratch.pid');

/**
 * Serves `home` (an empty folder, or one importNeo4jAdmin filled) on a free local
 * Bolt port until `stop()`.
 */
export async function startScratchServer(
  home: string,
  memory: ScratchMemory = SMALL,
): Promise<ScratchServer> {
  const dir = requireSeparateHome(home);
  const port = await freePort();
  const conf = await writeHomeConfig(
    dir,
    [
      `server.bolt.listen_address=127.0.0.1:${port}`,
      'server.default_listen_address=127.0.0.1',
      'server.http.enabled=false',
      'server.https.enabled=false',
      'dbms.security.auth_enabled=false',
      'dbms.usage_report.enabled=false',
    ],
    memory,
  );
  await fs.mkdir(path.join(dir, 'logs'), { recursive: true });
  await fs.mkdir(path.join(dir, 'run'), { recursive: true });
  const log = openSync(path.join(dir, 'logs', 'console.log'), 'a');
  const child = spawn(
    requireJava(),
    [
      `-Xmx${memory.heapMb}m`,
      '-cp',
      classPath(),
      SERVER,
      `--home-dir=${dir}`,
      `--config-dir=${conf}`,
    ],
    { cwd: dir, env: homeEnv(dir, conf), detached: true, stdio: ['ignore', log, log] },
  );
  closeSync(log);
  child.unref();
  const pid = child.pid;
  if (pid === undefined) throw new UsageError('could not start java for the scratch Neo4j');
  await fs.writeFile(pidFile(dir), `${pid}\n`);
  const uri = `bolt://127.0.0.1:${port}`;
  const driver = neo4j.driver(uri); // authentication is off on the scratch server
  const stop = async () => {
    await driver.close();
    if (isAlive(pid)) await terminate(pid);
  };
  try {
    await waitForBolt(driver, pid, dir);
  } catch (error) {
    await stop();
    throw error;
  }
  return { uri, driver, pid, stop };
}

async function waitForBolt(driver: Driver, pid: number, home: string): Promise<void> {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  for (;;) {
    if (!isAlive(pid)) {
      throw new UsageError(`the scratch Neo4j stopped while starting; see ${home}/logs/`);
    }
    try {
      await executeQuery(driver, 'RETURN 1', {}, { during: 'waiting for the scratch server' });
      return;
    } catch {
      if (Date.now() > deadline)
        throw new UsageError(`the scratch Neo4j in ${home} did not answer`);
      await sleep(500);
    }
  }
}

/** The pid of the server still serving `home`, if one does (not a process that reused the number). */
function serverOf(home: string): number | undefined {
  let pid: number;
  try {
    pid = Number(readFileSync(pidFile(home), 'utf8').trim());
  } catch {
    return undefined;
  }
  if (!Number.isInteger(pid) || pid <= 0 || !isAlive(pid)) return undefined;
  try {
    const cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
    return cmdline.includes(SERVER) && cmdline.includes(`--home-dir=${home}`) ? pid : undefined;
  } catch {
    return pid; // no /proc (macOS): trust the pid file
  }
}

/** Stops the server still serving `home`, if any, and deletes the home. */
export async function removeScratchHome(home: string): Promise<void> {
  const dir = requireSeparateHome(home);
  const pid = serverOf(dir);
  if (pid !== undefined) await terminate(pid, 20_000);
  await fs.rm(dir, { recursive: true, force: true });
}

/**
 * A new scratch home under `parent`, named after this process, so that a later
 * run can tell it from the homes of runs still going (see removeAbandonedScratchHomes).
 */
export async function newScratchHome(parent: string): Promise<string> {
  await fs.mkdir(parent, { recursive: true });
  return fs.mkdtemp(path.join(parent, `${process.pid}-`));
}

/** Removes the homes under `parent` whose process has ended (killed, interrupted); returns them. */
export async function removeAbandonedScratchHomes(parent: string): Promise<string[]> {
  const names = await fs.readdir(parent).catch(() => [] as string[]);
  const abandoned = names.filter((name) => {
    const owner = Number(name.split('-')[0]);
    return !(Number.isInteger(owner) && owner > 0 && isAlive(owner));
  });
  for (const name of abandoned) await removeScratchHome(path.join(parent, name));
  return abandoned.map((name) => path.join(parent, name));
}
