/** `kg analyze --offline` from the command line: reports written, bad options refused. */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { main } from '../../src/cli';

const CORPUS = path.join(__dirname, '../fixtures/analyze/corpus');

describe('kg analyze --offline', () => {
  let out: string;
  let log: jest.SpyInstance;
  let error: jest.SpyInstance;
  beforeEach(() => {
    out = mkdtempSync(path.join(os.tmpdir(), 'kg-analyze-cli-'));
    log = jest.spyOn(console, 'log').mockImplementation(() => undefined);
    error = jest.spyOn(console, 'error').mockImplementation(() => undefined);
  });
  afterEach(() => {
    jest.restoreAllMocks();
    rmSync(out, { recursive: true, force: true });
  });
  const kg = (...args: string[]) => main(['node', 'kg', 'analyze', ...args]);

  it('analyses extraction output and writes every report', async () => {
    expect(await kg('--offline', '--in', CORPUS, '--out', out, '--resolution', '1.5')).toBe(0);
    for (const file of [
      'analytics.md',
      'metrics.csv',
      'metrics.json',
      'graph.html',
      'gexf/entity.gexf',
    ])
      expect(existsSync(path.join(out, file))).toBe(true);
    expect(log.mock.calls.join('\n')).toMatch(
      /Cooperation network \(COOPERATES_WITH\) +6 nodes, 5 edges, 2 communities/,
    );
  });

  it('refuses a resolution that is not a positive number', async () => {
    expect(await kg('--offline', '--in', CORPUS, '--out', out, '--resolution', 'high')).toBe(2);
    expect(error).toHaveBeenCalledWith('kg: --resolution expects a number > 0, got "high"');
  });

  it('names a missing input folder', async () => {
    expect(await kg('--offline', '--in', path.join(out, 'none'), '--out', out)).toBe(2);
    expect(error).toHaveBeenCalledWith(`kg: no such folder: ${path.join(out, 'none')}`);
  });
});
