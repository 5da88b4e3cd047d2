/**
 * Headless Chromium for the checks that look at pages as a person would (Neo4j
 * Browser, the analytics' graph view): Debian's chromium driven by
 * playwright-core, in a throw-away profile. scripts/install-chromium.sh
 * installs it.
 */
import { existsSync, promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { UsageError } from '../errors';

export const CHROMIUM = '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  // WebGL (sigma.js draws with it) on the software renderer, there being no GPU.
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
];

export function assertChromium(): void {
  if (!existsSync(CHROMIUM))
    throw new UsageError(`${CHROMIUM} is missing; run scripts/install-chromium.sh`);
}

/** Opens a page in a fresh headless Chromium, hands it to `use`, and cleans up after. */
export async function withChromiumPage<T>(
  viewport: { width: number; height: number },
  use: (page: Page) => Promise<T>,
): Promise<T> {
  assertChromium();
  const userDataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'kg-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport,
  });
  try {
    return await use(context.pages()[0] ?? (await context.newPage()));
  } finally {
    await context.close();
    await fs.rm(userDataDir, { recursive: true, force: true });
  }
}
