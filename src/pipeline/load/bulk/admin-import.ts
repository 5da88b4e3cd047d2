/**
 * Runs `neo4j-admin database import full` on an export, with the project's own
 * Neo4j jars (the install in .neo4j/ has no bin/ scripts, so the admin tool's
 * main class runs directly), into a fresh database home of its own: the shared
 * server's data is never touched. `startScratchServer` (neo4j/scratch-server.ts)
 * then serves that home, so the imported graph can be queried and compared with
 * the UNWIND path.
 */
import { spawnSync } from 'node:child_process';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { UsageError } from '../../../errors';
import { requireJava } from '../../../neo4j/java';
import { homeEnv, requireSeparateHome, writeHomeConfig } from '../../../neo4j/scratch-server';
import { classPath } from '../../../neo4j/server-process';
import { ARRAY_DELIMITER_OPTION, type Neo4jAdminExport } from './neo4j-admin';

const ADMIN_TOOL = 'org.neo4j.cli.AdminTool';
const DATABASE = 'neo4j';

export interface ImportResult {
  home: string;
  /** What neo4j-admin reports it imported. */
  nodes: number;
  relationships: number;
  properties: number;
  seconds: number;
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
  const conf = await writeHomeConfig(dir);
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
