/**
 * Stops the local server if a test run started it and no other run still uses
 * it, so CI leaves no server behind; a server started by hand keeps running.
 */
import { neo4jConfig } from '../src/neo4j/config';
import { endTestRun } from './helpers/test-runs';

export default async function globalTeardown(): Promise<void> {
  if (neo4jConfig().local) await endTestRun();
}
