/**
 * Stops the local server if the global setup started it, so a CI run leaves no
 * server behind; a server that was already running is left as it was.
 */
import { stopLocalServer } from '../src/neo4j/local-server';
import { setupState } from './helpers/setup-state';

export default async function globalTeardown(): Promise<void> {
  if (!setupState.kgNeo4jStartedByTests) return;
  await stopLocalServer((line) => console.log(`[neo4j] ${line}`));
}
