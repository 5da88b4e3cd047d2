/** The `kg` command line run in-process, as the integration suites drive it. */
import { main } from '../../src/cli';

/**
 * Runs `kg args…` from `cwd` (where relative outputs such as reports/ go), with
 * stdout and stderr captured; returns the exit code and the lines printed.
 */
export async function kg(
  cwd: string,
  ...args: string[]
): Promise<{ code: number; out: string[]; errors: string[] }> {
  const out: string[] = [];
  const errors: string[] = [];
  const error = jest
    .spyOn(console, 'error')
    .mockImplementation((...a) => void errors.push(a.join(' ')));
  const log = jest.spyOn(console, 'log').mockImplementation((...a) => void out.push(a.join(' ')));
  const home = process.cwd();
  process.chdir(cwd);
  try {
    return { code: await main(['node', 'kg', ...args]), out, errors };
  } finally {
    process.chdir(home);
    error.mockRestore();
    log.mockRestore();
  }
}
