/**
 * Integration tests run against a real Neo4j (see test/global-setup.ts). Each
 * suite that calls `useNeo4j()` starts from a known state: an empty database
 * with the project's schema. This empties the database the tests use, so point
 * NEO4J_URI at a server whose data you can lose, or rebuild the graph after.
 */
import type { Driver } from 'neo4j-driver';
import { neo4jConfig, openDriver } from '../../src/neo4j/connection';
import { emptyDatabase } from '../../src/neo4j/empty-database';
import { applySchema } from '../../src/neo4j/schema';

/** Deletes every node and relationship, then applies cypher/schema.cypher. */
export async function resetDatabase(driver: Driver): Promise<void> {
  await emptyDatabase(driver);
  await applySchema(driver);
}

/** Opens a driver before the suite's tests and resets the database; closes it after. */
export function useNeo4j(): () => Driver {
  let driver: Driver | undefined;
  beforeAll(async () => {
    driver = await openDriver(neo4jConfig(), () => undefined);
    await resetDatabase(driver);
  });
  afterAll(async () => {
    await driver?.close();
  });
  return () => {
    if (!driver) throw new Error('useNeo4j(): the driver is opened in beforeAll');
    return driver;
  };
}

/** True when the tests use the project's own server rather than NEO4J_URI's. */
export const usesLocalServer = neo4jConfig().local;
