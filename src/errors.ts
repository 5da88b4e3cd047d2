/**
 * Errors the CLI knows how to report.
 *
 * A `UsageError` is the user's to fix (bad option, missing file, server down):
 * the CLI prints its one-line message and exits with its code, no stack trace.
 * Anything else is a bug and is reported as such.
 */
export class UsageError extends Error {
  constructor(
    message: string,
    readonly exitCode = 2,
  ) {
    super(message);
    this.name = 'UsageError';
  }
}

/** A failure of one input that the batch reports and then carries on past. */
export class InputError extends Error {
  constructor(
    readonly file: string,
    readonly problem: string,
  ) {
    super(`${file}: ${problem}`);
    this.name = 'InputError';
  }
}

/**
 * Exit code 1 after a batch that went on past failed inputs (each named on stderr
 * as it failed): the rest was processed, and a script can still tell.
 */
export function someInputsFailed(failed: number, total: number, what: string): UsageError {
  return new UsageError(`${failed} of ${total} ${what} failed; the rest was processed`, 1);
}

/** The message of any thrown value, for one-line reports. */
export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
