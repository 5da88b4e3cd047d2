/**
 * The analytics' HTML view in a real headless Chromium, opened from file://:
 * sigma draws the graph in community colours (skipped where Debian's chromium
 * is not installed).
 */
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CHROMIUM } from '../../src/io/chromium';
import { analyze } from '../../src/pipeline/analyze';
import { checkReportView, MIN_COLOURS } from '../../src/pipeline/analyze/report/view-check';

const CORPUS = path.join(__dirname, '../fixtures/analyze/corpus');

(existsSync(CHROMIUM) ? describe : describe.skip)('the graph view in Chromium', () => {
  let out: string;
  beforeAll(() => (out = mkdtempSync(path.join(os.tmpdir(), 'kg-analyze-view-'))));
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it('draws the entity graph in several community colours and saves a screenshot', async () => {
    const { files } = await analyze({ offline: true, input: CORPUS, out });
    const result = await checkReportView(files.html);
    expect(result.projection).toBe('entity');
    expect(result.colours).toBeGreaterThanOrEqual(MIN_COLOURS);
    expect(existsSync(path.join(out, 'graph.png'))).toBe(true);
  }, 120_000);

  it('finds no colours on a page that draws nothing', async () => {
    const blank = path.join(out, 'blank.html');
    writeFileSync(
      blank,
      '<!doctype html><body data-rendered="entity" style="margin:0"><div id="graph" style="height:400px"></div></body>',
    );
    expect((await checkReportView(blank)).colours).toBe(0);
  }, 120_000);
});
