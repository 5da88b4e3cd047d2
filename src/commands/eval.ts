import { UsageError } from '../errors';

/** Arrives with issue #5. */
export async function run(_options: unknown): Promise<void> {
  throw new UsageError('`kg eval` is not available yet (issue #5)');
}
