/**
 * The shared Neo4j, emptied for a load run: every run starts from the same empty
 * database with the project's schema, since a second load of the same corpus
 * would find everything loaded already (the loader is idempotent).
 */
import type { Driver } from 'neo4j-driver';
import { connectionModule, schemaModule } from '../product';

/**
 * Relationships first, then nodes, each in batches: deleting a hub node with its
 * relationships in one go would exceed the server's transaction memory.
 */
async function emptyDatabase(driver: Driver): Promise<void> {
  const session = driver.session();
  try {
    await session.run('MATCH ()-[r]->() CALL { WITH r DELETE r } IN TRANSACTIONS OF 5000 ROWS');
    await session.run('MATCH (n) CALL { WITH n DELETE n } IN TRANSACTIONS OF 5000 ROWS');
  } finally {
    await session.close();
  }
}

/** Opens the driver on an emptied database with the schema applied. */
export async function openEmptyDatabase(): Promise<Driver> {
  const { neo4jConfig, openDriver } = await connectionModule();
  const { applySchema } = await schemaModule();
  const driver = await openDriver(neo4jConfig(), () => undefined);
  await emptyDatabase(driver);
  await applySchema(driver);
  return driver;
}
