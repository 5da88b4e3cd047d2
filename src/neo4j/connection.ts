/**
 * How the rest of the project gets a Neo4j driver: `openDriver()` connects to
 * NEO4J_URI when that is set, else to the project's local server, which it
 * starts (and on first use installs) when needed.
 */
import type { Driver } from 'neo4j-driver';
import { Neo4jConfig, neo4jConfig } from './config';
import { createDriver, verifyDriver } from './driver';
import type { Report } from './install';
import { ensureLocalServer } from './local-server';

export { neo4jConfig };
export type { Neo4jConfig };

/** Progress of a local start goes to stderr, so a command's own output stays clean. */
const toStderr: Report = (line) => console.error(line);

export async function openDriver(
  config: Neo4jConfig = neo4jConfig(),
  report: Report = toStderr,
): Promise<Driver> {
  let effective = config;
  if (config.local) {
    await ensureLocalServer(report);
    // The first start generates the password.
    effective = { ...config, password: config.password ?? neo4jConfig().password };
  }
  const driver = createDriver(effective);
  try {
    await verifyDriver(driver, effective);
  } catch (error) {
    await driver.close();
    throw error;
  }
  return driver;
}
