/**
 * `npm run check:browser`: a person's view of the graph, checked in a real
 * headless Chromium. Opens Neo4j Browser on the local server, logs in with the
 * project's credentials, runs a query over a few demo nodes (made here, removed
 * after) and saves a screenshot under reports/. Also checks that the project's
 * style was applied on connect (a Village is drawn in its colour), and that the
 * project's guide opens (`:guide` GUIDE_URL) with queries to click.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import type { Page } from 'playwright-core';
import { UsageError, messageOf } from '../errors';
import { assertChromium, withChromiumPage } from '../io/chromium';
import { neo4jConfig, openDriver } from './connection';
import { PROJECT_ROOT } from '../paths';
import { BROWSER_URL, GUIDE_URL, paths, shown } from './layout';

export const DEFAULT_SCREENSHOT = path.join(PROJECT_ROOT, 'reports', 'neo4j-browser.png');
export const DEFAULT_GUIDE_SCREENSHOT = path.join(PROJECT_ROOT, 'reports', 'neo4j-guide.png');
/** The heading of the guide's first slide (cypher/guide.html). */
const GUIDE_FIRST_HEADING = 'What the graph holds';

/** A label of its own, so the demo nodes are found and removed without touching real data. */
const DEMO_LABEL = 'KgBrowserCheck';
const DEMO_QUERY = `MATCH (n:${DEMO_LABEL}) OPTIONAL MATCH (n)-[r]->(m:${DEMO_LABEL}) RETURN n, r, m`;
const DEMO_NODES = 4;
/** The Village colour of cypher/style.grass, which Browser fetched on connect. */
const VILLAGE_COLOUR = '#F7DC6F';
const TIMEOUT_MS = 60_000;

export interface BrowserCheckResult {
  screenshot: string;
  nodesDrawn: number;
  styleApplied: boolean;
}

export interface GuideCheckResult {
  screenshot: string;
  /** The first slide's heading was shown. */
  opened: boolean;
  /** Queries to click on the first slide. */
  runnable: number;
  /** What clicking the first one put in the editor. */
  editorText: string;
}

function requireLocalServer(): ReturnType<typeof neo4jConfig> {
  const config = neo4jConfig();
  if (!config.local) {
    throw new UsageError('the browser check uses the local server; unset NEO4J_URI to run it');
  }
  assertChromium();
  return config;
}

export async function checkBrowser(screenshot = DEFAULT_SCREENSHOT): Promise<BrowserCheckResult> {
  const config = requireLocalServer();
  const driver = await openDriver(config);
  try {
    await createDemoGraph(driver);
    return await showInBrowser(neo4jConfig(), screenshot);
  } finally {
    await driver.executeQuery(`MATCH (n:${DEMO_LABEL}) DETACH DELETE n`);
    await driver.close();
  }
}

async function createDemoGraph(driver: Driver): Promise<void> {
  await driver.executeQuery(`MATCH (n:${DEMO_LABEL}) DETACH DELETE n`);
  await driver.executeQuery(
    `CREATE (v:${DEMO_LABEL}:Village:Place {key: 'check:青山村', name: '青山村'})
     CREATE (t:${DEMO_LABEL}:Township:Place {key: 'check:东禾街道', name: '东禾街道'})
     CREATE (p:${DEMO_LABEL}:Person {key: 'check:张立新', name: '张立新'})
     CREATE (g:${DEMO_LABEL}:Program {key: 'check:党建联建', name: '党建联建'})
     CREATE (v)-[:LOCATED_IN]->(t)
     CREATE (p)-[:HOLDS_POSITION {title: '党支部书记'}]->(v)
     CREATE (v)-[:IMPLEMENTS]->(g)`,
  );
}

async function showInBrowser(
  config: { user: string; password: string | undefined },
  screenshot: string,
): Promise<BrowserCheckResult> {
  return withChromiumPage({ width: 1400, height: 900 }, async (page) => {
    page.setDefaultTimeout(TIMEOUT_MS);
    await page.goto(BROWSER_URL);
    await logIn(page, config.user, config.password ?? '');
    await runQuery(page, DEMO_QUERY);
    const nodes = page.locator('svg g.node');
    await nodes.nth(DEMO_NODES - 1).waitFor();
    // Let the force layout settle before the picture is taken.
    await page.waitForTimeout(2_000);
    await fs.mkdir(path.dirname(screenshot), { recursive: true });
    await page.screenshot({ path: screenshot });
    const fills = await page
      .locator('svg g.node circle.b-outline')
      .evaluateAll((circles) => circles.map((c) => c.getAttribute('fill') ?? ''));
    return {
      screenshot,
      nodesDrawn: await nodes.count(),
      styleApplied: fills.some((fill) => fill.toUpperCase() === VILLAGE_COLOUR),
    };
  });
}

/** Opens the project's guide in Browser, clicks its first query and takes a screenshot. */
export async function checkGuide(screenshot = DEFAULT_GUIDE_SCREENSHOT): Promise<GuideCheckResult> {
  const config = requireLocalServer();
  return withChromiumPage({ width: 1400, height: 900 }, async (page) => {
    page.setDefaultTimeout(TIMEOUT_MS);
    await page.goto(BROWSER_URL);
    await logIn(page, config.user, config.password ?? '');
    await runQuery(page, `:guide ${GUIDE_URL}`);
    const heading = page.getByText(GUIDE_FIRST_HEADING).first();
    await heading.waitFor();
    const runnable = page.locator('pre.runnable:visible');
    const count = await runnable.count();
    if (count) await runnable.first().click();
    await page.waitForTimeout(1_000);
    // The editor renders spaces as no-break spaces.
    const shown = await page.getByTestId('activeEditor').innerText();
    const editorText = shown.replace(/\u00a0/g, ' ').trim();
    await fs.mkdir(path.dirname(screenshot), { recursive: true });
    await page.screenshot({ path: screenshot });
    return { screenshot, opened: await heading.isVisible(), runnable: count, editorText };
  });
}

async function logIn(page: Page, user: string, password: string): Promise<void> {
  await page.getByTestId('username').fill(user);
  await page.getByTestId('password').fill(password);
  await page.getByTestId('connect').click();
  // Browser runs the post-connect `:style …` command once it is connected.
  await page.getByTestId('frameCommand').filter({ hasText: ':style' }).first().waitFor();
}

async function runQuery(page: Page, query: string): Promise<void> {
  await page.getByTestId('activeEditor').click();
  await page.keyboard.type(query);
  await page.getByTestId('editor-Run').click();
}

if (require.main === module) {
  checkBrowser()
    .then(async ({ screenshot, nodesDrawn, styleApplied }) => {
      console.log(`Neo4j Browser drew ${nodesDrawn} nodes; screenshot: ${shown(screenshot)}`);
      if (!styleApplied) {
        console.error(`the style of ${shown(paths.style)} was not applied on connect`);
        process.exitCode = 1;
      }
      const guide = await checkGuide();
      console.log(
        `the guide opened with ${guide.runnable} queries to click; screenshot: ${shown(guide.screenshot)}`,
      );
      if (!guide.opened || !guide.runnable) {
        console.error(`the guide of ${shown(paths.guide)} did not open in Browser`);
        process.exitCode = 1;
      }
    })
    .catch((error: unknown) => {
      console.error(`check:browser: ${messageOf(error)}`);
      process.exitCode = 1;
    });
}
