/**
 * Makes sure the tests have a Neo4j: with NEO4J_URI set, that server as it is;
 * else the project's local server, started here when it is not running (the
 * first time this also installs it). Cheap when the server already runs.
 */
import { neo4jConfig } from '../src/neo4j/config';
import { beginTestRun } from './helpers/test-runs';

export default async function globalSetup(): Promise<void> {
  if (neo4jConfig().local) await beginTestRun();
}
