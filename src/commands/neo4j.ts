import { UsageError } from '../errors';

/** Arrives with issue #3. */
export async function run(_options: unknown): Promise<void> {
  throw new UsageError('`kg neo4j` is not available yet (issue #3)');
}
