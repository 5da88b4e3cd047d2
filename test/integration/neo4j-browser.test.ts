/**
 * Neo4j Browser in a real headless Chromium draws the graph with the project's
 * style and opens the project's guide (skipped where Debian's chromium is not
 * installed, or NEO4J_URI is set).
 */
import { existsSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { checkBrowser, checkGuide } from '../../src/neo4j/browser-check';
import { usesLocalServer } from '../helpers/neo4j';

const runnable = usesLocalServer && existsSync('/usr/bin/chromium');

(runnable ? describe : describe.skip)('Neo4j Browser in Chromium', () => {
  it('logs in, runs a query and draws its nodes in the project style', async () => {
    const screenshot = path.join(os.tmpdir(), `kg-browser-check-${process.pid}.png`);
    try {
      const result = await checkBrowser(screenshot);
      expect(result.nodesDrawn).toBe(4);
      expect(result.styleApplied).toBe(true);
      expect(existsSync(screenshot)).toBe(true);
    } finally {
      rmSync(screenshot, { force: true });
    }
  }, 120_000);

  it('opens the guide with queries that go to the editor when clicked', async () => {
    const screenshot = path.join(os.tmpdir(), `kg-guide-check-${process.pid}.png`);
    try {
      const result = await checkGuide(screenshot);
      expect(result.opened).toBe(true);
      expect(result.runnable).toBeGreaterThanOrEqual(2);
      expect(result.editorText).toContain('MATCH (n)');
      expect(existsSync(screenshot)).toBe(true);
    } finally {
      rmSync(screenshot, { force: true });
    }
  }, 120_000);
});
