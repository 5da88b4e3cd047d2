/**
 * The benchmark's scratch Neo4j (started by the harness, never the user's server),
 * emptied for a load run: every run starts from the same empty database with the
 * project's schema, since a second load of the same corpus would find everything
 * loaded already (the loader is idempotent).
 */
import neo4j, { type Driver } from 'neo4j-driver';
import { emptyDatabaseModule, schemaModule } from '../product';

/** Opens a driver on the scratch server at `uri` (no authentication), emptied, with the schema. */
export async function openEmptyDatabase(uri: string): Promise<Driver> {
  const { applySchema } = await schemaModule();
  const { emptyDatabase } = await emptyDatabaseModule();
  const driver = neo4j.driver(uri);
  await emptyDatabase(driver);
  await applySchema(driver);
  return driver;
}
