/**
 * Where the project's local Neo4j lives. Everything of the server is under the
 * git-ignored `.neo4j/` folder of the project, so deleting that folder resets it.
 */
import path from 'node:path';
import { PROJECT_ROOT } from '../paths';

/** Keep in step with `neo4j.version` in scripts/neo4j/pom.xml. */
export const NEO4J_VERSION = '5.26.30';

export const BOLT_HOST = '127.0.0.1';
export const BOLT_PORT = 7687;
export const HTTP_PORT = 7474;
export const LOCAL_URI = `bolt://${BOLT_HOST}:${BOLT_PORT}`;
export const BROWSER_URL = `http://${BOLT_HOST}:${HTTP_PORT}/browser/`;
/** The project's guide, served beside Browser: `:guide` followed by this URL opens it. */
export const GUIDE_URL = `${BROWSER_URL}kg-guide.html`;

export const HOME = path.join(PROJECT_ROOT, '.neo4j');

export const paths = {
  home: HOME,
  lib: path.join(HOME, 'lib'),
  /** Class-path folder holding `browser/`: Neo4j Browser plus the project's style and guide. */
  browserRoot: path.join(HOME, 'browser'),
  conf: path.join(HOME, 'conf'),
  data: path.join(HOME, 'data'),
  systemDatabase: path.join(HOME, 'data', 'databases', 'system'),
  logs: path.join(HOME, 'logs'),
  neo4jLog: path.join(HOME, 'logs', 'neo4j.log'),
  consoleLog: path.join(HOME, 'logs', 'console.log'),
  installLog: path.join(HOME, 'logs', 'install.log'),
  run: path.join(HOME, 'run'),
  pidFile: path.join(HOME, 'run', 'neo4j.pid'),
  startLock: path.join(HOME, 'run', 'start.lock'),
  /** Present while the running server was started by a test run, which will stop it again. */
  startedByTests: path.join(HOME, 'run', 'started-by-tests'),
  /** One file per Jest run using the server (see test/helpers/test-runs.ts). */
  testRuns: path.join(HOME, 'run', 'test-runs'),
  /** Written last by the install, so an interrupted install is redone. */
  installedMarker: path.join(HOME, 'lib', '.installed'),
  pom: path.join(PROJECT_ROOT, 'scripts', 'neo4j', 'pom.xml'),
  confTemplate: path.join(PROJECT_ROOT, 'scripts', 'neo4j', 'neo4j.conf'),
  style: path.join(PROJECT_ROOT, 'cypher', 'style.grass'),
  guide: path.join(PROJECT_ROOT, 'cypher', 'guide.html'),
  schema: path.join(PROJECT_ROOT, 'cypher', 'schema.cypher'),
  envFile: path.join(PROJECT_ROOT, '.env'),
};

/** A path as the user sees it: relative to the project. */
export function shown(p: string): string {
  return path.relative(process.cwd(), p) || '.';
}
