/**
 * Runs `neo4j-admin database import full` on an export, with the project's own
 * Neo4j jars (the install in .neo4j/ has no bin/ scripts, so the admin tool's
 * main class runs directly), into a fresh database home of its own: the shared
 * server's data is never touched. `startScratchServer` then serves that home on
 * a free local port (no authentication, 127.0.0.1 only), so the imported graph
 * can be queried and compared with the UNWIND path.
 */
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, openSync, promises as fs } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import neo4j, { type Driver } from 'neo4j-driver';
import { UsageError } from '../../../errors';
import { requireJava } from '../../../neo4j/java';
import { paths } from '../../../neo4j/layout';
import { classPath, isAlive, sleep, terminate } from '../../../neo4j/server-process';
import { ARRAY_DELIMITER_OPTION, type Neo4jAdminExport } from './neo4j-admin';

const ADMIN_TOOL = 'org.neo4j.cli.AdminTool';
const SERVER = 'org.neo4j.server.CommunityEntryPoint';
const DATABASE = 'neo4j';
const READY_TIMEOUT_MS = 120_000;

export interface ImportResult {
  home: string;
  /** What neo4j-admin reports it imported. */
  nodes: number;
  relationships: number;
  properties: number;
  seconds: number;
}

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

async function writeConfig(home: string, extra: string[] = []): Promise<string> {
  const conf = path.join(home, 'conf');
  await fs.mkdir(conf, { recursive: true });
  const lines = [
    `server.directories.data=${path.join(home, 'data')}`,
    `server.directories.logs=${path.join(home, 'logs')}`,
    `server.directories.run=${path.join(home, 'run')}`,
    'server.memory.pagecache.size=64m',
    ...extra,
  ];
  await fs.writeFile(path.join(conf, 'neo4j.conf'), lines.join('\n') + '\n');
  return conf;
}

/** The environment of a Neo4j process for `home`: its config, and no secrets. */
function homeEnv(home: string, conf: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, NEO4J_HOME: home, NEO4J_CONF: conf };
  delete env.NEO4J_PASSWORD;
  return env;
}

/**
 * Imports an export into the `neo4j` database of `home` (a new folder, or one
 * this function filled before: its database is overwritten).
 */
export async function importNeo4jAdmin(
  exported: Pick<Neo4jAdminExport, 'nodeFiles' | 'relationshipFiles'>,
  home: string,
): Promise<ImportResult> {
  const dir = requireSeparateHome(home);
  const conf = await writeConfig(dir);
  const started = Date.now();
  const args = [
    'database',
    'import',
    'full',
    DATABASE,
    '--overwrite-destination=true',
    `--array-delimiter=${ARRAY_DELIMITER_OPTION}`,
    '--multiline-fields=true',
    ...exported.nodeFiles.map((f) => `--nodes=${path.resolve(f)}`),
    ...exported.relationshipFiles.map((f) => `--relationships=${path.resolve(f)}`),
  ];
  const run = spawnSync(requireJava(), ['-Xmx512m', '-cp', classPath(), ADMIN_TOOL, ...args], {
    cwd: dir,
    env: homeEnv(dir, conf),
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const output = `${run.stdout ?? ''}${run.stderr ?? ''}`;
  const done =
    /IMPORT DONE[\s\S]*?Imported:\s*(\d+) nodes\s*(\d+) relationships\s*(\d+) properties/.exec(
      output,
    );
  if (run.status !== 0 || !done) {
    const log = path.join(dir, 'import.log');
    await fs.writeFile(log, output);
    const line =
      output.split('\n').find((l) => /error|exception|fail/i.test(l)) ?? `exit ${run.status}`;
    throw new UsageError(`neo4j-admin import failed: ${line.trim()} (full output in ${log})`);
  }
  return {
    home: dir,
    nodes: Number(done[1]),
    relationships: Number(done[2]),
    properties: Number(done[3]),
    seconds: (Date.now() - started) / 1000,
  };
}

export interface ScratchServer {
  uri: string;
  driver: Driver;
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

/** Serves `home` (filled by importNeo4jAdmin) on a free local Bolt port until `stop()`. */
export async function startScratchServer(home: string): Promise<ScratchServer> {
  const dir = requireSeparateHome(home);
  const port = await freePort();
  const conf = await writeConfig(dir, [
    `server.bolt.listen_address=127.0.0.1:${port}`,
    'server.default_listen_address=127.0.0.1',
    'server.http.enabled=false',
    'server.https.enabled=false',
    'dbms.security.auth_enabled=false',
    'dbms.usage_report.enabled=false',
  ]);
  await fs.mkdir(path.join(dir, 'logs'), { recursive: true });
  const log = openSync(path.join(dir, 'logs', 'console.log'), 'a');
  const child = spawn(
    requireJava(),
    ['-Xmx256m', '-cp', classPath(), SERVER, `--home-dir=${dir}`, `--config-dir=${conf}`],
    { cwd: dir, env: homeEnv(dir, conf), detached: true, stdio: ['ignore', log, log] },
  );
  closeSync(log);
  child.unref();
  const pid = child.pid;
  if (pid === undefined) throw new UsageError('could not start java for the scratch Neo4j');
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
  return { uri, driver, stop };
}

async function waitForBolt(driver: Driver, pid: number, home: string): Promise<void> {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  for (;;) {
    if (!isAlive(pid)) {
      throw new UsageError(`the scratch Neo4j stopped while starting; see ${home}/logs/`);
    }
    try {
      await driver.executeQuery('RETURN 1');
      return;
    } catch {
      if (Date.now() > deadline)
        throw new UsageError(`the scratch Neo4j in ${home} did not answer`);
      await sleep(500);
    }
  }
}
