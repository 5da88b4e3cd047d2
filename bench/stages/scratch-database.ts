/**
 * The shared Neo4j, emptied for a load run: every run starts from the same empty
 * database with the project's schema, since a second load of the same corpus
 * would find everything loaded already (the loader is idempotent).
 */
import type { Driver } from 'neo4j-driver';
import { connectionModule, emptyDatabaseModule, schemaModule } from '../product';

/** Opens the driver on an emptied database with the schema applied. */
export async function openEmptyDatabase(): Promise<Driver> {
  const { neo4jConfig, openDriver } = await connectionModule();
  const { applySchema } = await schemaModule();
  const { emptyDatabase } = await emptyDatabaseModule();
  const driver = await openDriver(neo4jConfig(), () => undefined);
  await emptyDatabase(driver);
  await applySchema(driver);
  return driver;
}
