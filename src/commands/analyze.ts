import { UsageError } from '../errors';

/** Arrives with issue #8. */
export async function run(_options: unknown): Promise<void> {
  throw new UsageError('`kg analyze` is not available yet (issue #8)');
}
