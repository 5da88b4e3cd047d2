/**
 * The project's untracked `.env`: where the local server's generated password is
 * kept. Read without touching process.env, so a NEO4J_URI there is told apart
 * from one the user set in the environment.
 */
import { promises as fs, readFileSync } from 'node:fs';
import { parse } from 'dotenv';
import { paths } from './layout';

export function readEnvFile(file = paths.envFile): Record<string, string> {
  try {
    return parse(readFileSync(file));
  } catch {
    return {};
  }
}

/** Sets `values` in the file, keeping its other lines; readable by the owner only. */
export async function updateEnvFile(
  values: Record<string, string>,
  file = paths.envFile,
): Promise<void> {
  let lines: string[] = [];
  try {
    lines = (await fs.readFile(file, 'utf8')).split('\n');
  } catch {
    // No .env yet.
  }
  const keyOf = (line: string): string | undefined =>
    /^\s*(?:export\s+)?([\w.]+)\s*=/.exec(line)?.[1];
  const kept = lines.filter((line) => {
    const key = keyOf(line);
    return key === undefined || !(key in values);
  });
  while (kept.length > 0 && kept[kept.length - 1].trim() === '') kept.pop();
  const added = Object.entries(values).map(([key, value]) => `${key}=${value}`);
  await fs.writeFile(file, [...kept, ...added].join('\n') + '\n', { mode: 0o600 });
  await fs.chmod(file, 0o600);
}
