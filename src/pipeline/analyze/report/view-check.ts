/**
 * `npm run check:report-view`: opens reports/graph.html in headless Chromium
 * from file://, as a reader would, waits until sigma has drawn the graph,
 * saves a screenshot beside it (graph.png) and counts the distinct vivid
 * colours drawn in the graph's area — a blank or uncoloured drawing has none.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { PNG } from 'pngjs';
import { messageOf } from '../../../errors';
import { withChromiumPage } from '../../../io/chromium';
import { PROJECT_ROOT } from '../../../paths';

export const DEFAULT_VIEW = path.join(PROJECT_ROOT, 'reports', 'graph.html');
/** A coloured drawing shows at least this many community colours. */
export const MIN_COLOURS = 3;

export interface ViewCheckResult {
  screenshot: string;
  /** The projection drawn first (the page's `data-rendered`). */
  projection: string;
  /** Distinct vivid colours, each covering at least a few pixels, in the graph's area. */
  colours: number;
}

export async function checkReportView(
  html = DEFAULT_VIEW,
  screenshot = path.join(path.dirname(html), 'graph.png'),
): Promise<ViewCheckResult> {
  await fs.access(html).catch(() => {
    throw new Error(`${html} is missing; run \`kg analyze\` first`);
  });
  return withChromiumPage({ width: 1400, height: 900 }, async (page) => {
    page.setDefaultTimeout(60_000);
    await page.goto(pathToFileURL(path.resolve(html)).href);
    await page.locator('body[data-rendered]').waitFor({ state: 'attached' });
    const projection = (await page.locator('body').getAttribute('data-rendered')) ?? '';
    await fs.mkdir(path.dirname(screenshot), { recursive: true });
    await page.screenshot({ path: screenshot });
    const colours = countVividColours(await page.locator('#graph').screenshot());
    return { screenshot, projection, colours };
  });
}

/**
 * Distinct vivid colours of a PNG: colours (4 bits a channel) that are clearly
 * not grey and cover at least `minPixels` pixels, so that antialiased edges
 * and blends do not count.
 */
export function countVividColours(png: Buffer, minPixels = 30): number {
  const { data } = PNG.sync.read(png);
  const counts = new Map<number, number>();
  for (let i = 0; i < data.length; i += 4) {
    const [r, g, b] = [data[i], data[i + 1], data[i + 2]];
    if (Math.max(r, g, b) - Math.min(r, g, b) < 60) continue;
    const bucket = ((r >> 4) << 8) | ((g >> 4) << 4) | (b >> 4);
    counts.set(bucket, (counts.get(bucket) ?? 0) + 1);
  }
  return [...counts.values()].filter((n) => n >= minPixels).length;
}

if (require.main === module) {
  checkReportView()
    .then(({ screenshot, projection, colours }) => {
      const shown = path.relative(process.cwd(), screenshot);
      console.log(`graph view drew "${projection}" in ${colours} colours; screenshot: ${shown}`);
      if (colours < MIN_COLOURS) {
        console.error(`expected at least ${MIN_COLOURS} community colours: is the drawing blank?`);
        process.exitCode = 1;
      }
    })
    .catch((error: unknown) => {
      console.error(`check:report-view: ${messageOf(error)}`);
      process.exitCode = 1;
    });
}
