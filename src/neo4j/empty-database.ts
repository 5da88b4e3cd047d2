/**
 * Empties the database: relationships first, then nodes, each in transactions of
 * a few thousand rows. One `DETACH DELETE` of a large graph (or of a hub node with
 * its relationships) would exceed the server's transaction memory.
 */
import type { Driver } from 'neo4j-driver';
import { autoCommit } from './executor';

export async function emptyDatabase(driver: Driver): Promise<void> {
  await autoCommit(
    driver,
    [
      'MATCH ()-[r]->() CALL { WITH r DELETE r } IN TRANSACTIONS OF 5000 ROWS',
      'MATCH (n) CALL { WITH n DELETE n } IN TRANSACTIONS OF 5000 ROWS',
    ],
    'emptying the database',
  );
}
