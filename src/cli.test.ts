import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { main } from './cli';

/** Runs the CLI in-process and captures what it prints. */
async function runCli(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const log = jest.spyOn(console, 'log').mockImplementation((...a) => void out.push(a.join(' ')));
  const error = jest
    .spyOn(console, 'error')
    .mockImplementation((...a) => void err.push(a.join(' ')));
  const stdout = jest
    .spyOn(process.stdout, 'write')
    .mockImplementation((s) => (out.push(String(s)), true));
  const stderr = jest
    .spyOn(process.stderr, 'write')
    .mockImplementation((s) => (err.push(String(s)), true));
  try {
    const code = await main(['node', 'kg', ...args]);
    return { code, out: out.join('\n'), err: err.join('\n') };
  } finally {
    log.mockRestore();
    error.mockRestore();
    stdout.mockRestore();
    stderr.mockRestore();
  }
}

describe('kg command line', () => {
  it('lists every pipeline command in --help', async () => {
    const { code, out } = await runCli('--help');
    expect(code).toBe(0);
    for (const command of [
      'build',
      'ingest',
      'extract',
      'load',
      'analyze',
      'eval',
      'query',
      'export',
      'neo4j',
    ]) {
      expect(out).toContain(command);
    }
  });

  it('rejects an unknown option with one line and a non-zero exit', async () => {
    const { code, err } = await runCli('build', '--no-such-option');
    expect(code).not.toBe(0);
    expect(err).toContain("unknown option '--no-such-option'");
    expect(err).not.toMatch(/\n\s+at /);
  });

  it('offers a slice of the pipeline in kg build --help', async () => {
    const { code, out } = await runCli('build', '--help');
    expect(code).toBe(0);
    expect(out).toMatch(
      /--from <stage> +first stage to run \(choices: "ingest", "extract", "load",\s+"analyze"\)/,
    );
    expect(out).toContain('--to <stage>');
  });

  it('refuses a slice that ends before it begins, before running anything', async () => {
    const { code, err } = await runCli('build', '--from', 'load', '--to', 'extract');
    expect(code).toBe(2);
    expect(err).toBe('kg: --from load comes after --to extract');
  });

  it('runs only the stages of the slice, each on the one before it in --out', async () => {
    const out = mkdtempSync(path.join(os.tmpdir(), 'kg-build-slice-'));
    const reports = path.join(out, 'reports');
    mkdirSync(reports);
    writeFileSync(path.join(reports, 'a.txt'), '2021年，厦门市湖里区成立党员服务中心。\n');
    const ingested = await runCli('build', reports, '--out', out, '--to', 'ingest');
    expect(ingested.code).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['documents.jsonl', 'reports']);
    // Extraction reads the documents ingest left, not the reports, which are gone.
    rmSync(reports, { recursive: true });
    const extracted = await runCli('build', '--out', out, '--from', 'extract', '--to', 'extract');
    expect(extracted.code).toBe(0);
    expect(extracted.out).toMatch(/kg build: extract done/);
    expect(readdirSync(path.join(out, 'extracted')).sort()).toEqual(['a.json', 'documents.jsonl']);
    rmSync(out, { recursive: true, force: true });
  });

  it('names a missing input path instead of throwing a stack trace', async () => {
    const { code, err } = await runCli('ingest', 'no/such/folder', '--out', 'data/out/cli-test');
    expect(code).toBe(2);
    expect(err).toBe('kg: no such file or folder: no/such/folder');
  });
});
