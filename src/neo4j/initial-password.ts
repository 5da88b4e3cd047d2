/**
 * Authentication stays on: before the first start, a generated password is kept
 * in `.env` and given to neo4j-admin's `set-initial-password`. The password goes
 * through a file only the owner can read, never through a command line, output
 * or log.
 */
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, promises as fs } from 'node:fs';
import path from 'node:path';
import { UsageError } from '../errors';
import { DEFAULT_USER, neo4jConfig } from './config';
import { updateEnvFile } from './env-file';
import type { Report } from './install';
import { LOCAL_URI, paths, shown } from './layout';
import { classPath, serverEnv } from './server-process';

const ADMIN_ENTRY_POINT = 'org.neo4j.server.startup.Neo4jAdminCommand';

export async function ensureInitialPassword(java: string, report: Report): Promise<void> {
  const firstStart = !existsSync(paths.systemDatabase);
  let { password } = neo4jConfig();
  if (!firstStart) {
    if (password) return;
    throw new UsageError(
      `the local Neo4j in ${shown(paths.data)} has a password, but NEO4J_PASSWORD is not in ` +
        `${shown(paths.envFile)}: put it back, or delete ${shown(paths.data)} to start afresh`,
    );
  }
  if (!password) {
    password = randomBytes(18).toString('base64url');
    await updateEnvFile({
      NEO4J_URI: LOCAL_URI,
      NEO4J_USER: DEFAULT_USER,
      NEO4J_PASSWORD: password,
    });
    report(`Generated a password for user ${DEFAULT_USER}; it is in ${shown(paths.envFile)}.`);
  }
  await setInitialPassword(java, password);
}

async function setInitialPassword(java: string, password: string): Promise<void> {
  await fs.mkdir(paths.run, { recursive: true });
  // neo4j-admin (picocli) reads its arguments from an @file.
  const argsFile = path.join(paths.run, `admin-args-${process.pid}`);
  await fs.writeFile(argsFile, `dbms\nset-initial-password\n${password}\n`, { mode: 0o600 });
  try {
    const admin = spawnSync(java, ['-cp', classPath(), ADMIN_ENTRY_POINT, `@${argsFile}`], {
      cwd: paths.home,
      env: serverEnv(),
      encoding: 'utf8',
    });
    if (admin.status !== 0) {
      const said = `${admin.stderr ?? ''}${admin.stdout ?? ''}`.split(password).join('***');
      throw new UsageError(
        `neo4j-admin could not set the initial password: ${said.trim().split('\n')[0]}`,
      );
    }
  } finally {
    await fs.rm(argsFile, { force: true });
  }
}
