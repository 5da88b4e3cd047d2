/**
 * Installs the local Neo4j server on first use: Maven resolves the jars named by
 * scripts/neo4j/pom.xml from Maven Central into .neo4j/lib and unpacks Neo4j
 * Browser into .neo4j/browser. Later starts only refresh the config and style.
 */
import { spawn } from 'node:child_process';
import { createWriteStream, promises as fs } from 'node:fs';
import path from 'node:path';
import { UsageError } from '../errors';
import { NEO4J_VERSION, paths, shown } from './layout';

export type Report = (line: string) => void;

/** The URL path Browser's post-connect command fetches the style from (see neo4j.conf). */
const STYLE_FILE = path.join(paths.browserRoot, 'browser', 'kg-style.grass');
/** Where Browser's `:guide` fetches the project's guide from (GUIDE_URL). */
const GUIDE_FILE = path.join(paths.browserRoot, 'browser', 'kg-guide.html');
const PROGRESS_EVERY = 40;

export async function isInstalled(): Promise<boolean> {
  try {
    return (await fs.readFile(paths.installedMarker, 'utf8')).trim() === NEO4J_VERSION;
  } catch {
    return false;
  }
}

export async function ensureInstalled(report: Report): Promise<void> {
  if (await isInstalled()) return;
  const started = Date.now();
  report(
    `Installing Neo4j Community ${NEO4J_VERSION} from Maven Central into ${shown(paths.home)} ` +
      '(first use only, about 140 MB)…',
  );
  // A partial or older install is replaced whole; data/ and conf/ are kept.
  await fs.rm(paths.lib, { recursive: true, force: true });
  await fs.rm(paths.browserRoot, { recursive: true, force: true });
  await fs.mkdir(paths.logs, { recursive: true });
  await runMaven(report);
  await fs.writeFile(paths.installedMarker, `${NEO4J_VERSION}\n`);
  report(`Neo4j installed in ${Math.round((Date.now() - started) / 1000)} s.`);
}

function runMaven(report: Report): Promise<void> {
  const args = [
    '-B',
    '-Dstyle.color=never',
    '-f',
    paths.pom,
    `-Dkg.home=${paths.home}`,
    'dependency:copy-dependencies@lib',
    'dependency:unpack@browser',
  ];
  const log = createWriteStream(paths.installLog);
  return new Promise((resolve, reject) => {
    const mvn = spawn('mvn', args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let downloads = 0;
    let pending = '';
    mvn.stdout.on('data', (chunk: Buffer) => {
      log.write(chunk);
      pending += chunk.toString('utf8');
      const lines = pending.split('\n');
      pending = lines.pop() ?? '';
      for (const line of lines) {
        if (!line.startsWith('Downloaded from')) continue;
        downloads += 1;
        if (downloads % PROGRESS_EVERY === 0) report(`  … ${downloads} files downloaded`);
      }
    });
    mvn.stderr.pipe(log, { end: false });
    // 'error' (mvn not found) and 'close' can both fire: settle once.
    let settled = false;
    const settle = (error?: Error): void => {
      if (settled) return;
      settled = true;
      log.end();
      if (error) reject(error);
      else resolve();
    };
    mvn.on('error', (error: NodeJS.ErrnoException) =>
      settle(
        error.code === 'ENOENT'
          ? new UsageError(
              'installing Neo4j needs Maven (`mvn`) on the PATH, e.g. `apt-get install maven`',
            )
          : error,
      ),
    );
    mvn.on('close', (code) =>
      settle(
        code === 0
          ? undefined
          : new UsageError(
              `Maven could not install Neo4j (exit ${code}); see ${shown(paths.installLog)}`,
            ),
      ),
    );
  });
}

/** Copies the project's config, Browser style and guide into .neo4j/, so edits apply on the next start. */
export async function writeServerFiles(): Promise<void> {
  await fs.mkdir(paths.conf, { recursive: true });
  await fs.copyFile(paths.confTemplate, path.join(paths.conf, 'neo4j.conf'));
  await fs.copyFile(paths.style, STYLE_FILE);
  await fs.copyFile(paths.guide, GUIDE_FILE);
}
