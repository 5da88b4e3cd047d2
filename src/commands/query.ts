import { UsageError } from '../errors';

/** Arrives with issue #7. */
export async function run(_options: unknown): Promise<void> {
  throw new UsageError('`kg query` is not available yet (issue #7)');
}
