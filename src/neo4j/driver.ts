/** The one place where a Neo4j driver is made, and where its failures become plain messages. */
import neo4j, { Driver, Neo4jError } from 'neo4j-driver';
import { UsageError } from '../errors';
import type { Neo4jConfig } from './config';
import { paths, shown } from './layout';

export function createDriver(config: Neo4jConfig): Driver {
  return neo4j.driver(config.uri, neo4j.auth.basic(config.user, config.password ?? ''), {
    userAgent: 'kg-zh-reports',
    connectionTimeout: 5_000,
  });
}

/** Whether the server refused the login (as opposed to not answering). */
export function isLoginRefused(error: unknown): boolean {
  return error instanceof Neo4jError && error.code.startsWith('Neo.ClientError.Security.');
}

/** The gist of a driver error: its first line, or just the cause of a long "Failed to connect…". */
export function reasonOf(error: unknown): string {
  const firstLine = (error instanceof Error ? error.message : String(error)).split('\n')[0];
  const cause = firstLine.lastIndexOf('Caused by: ');
  return cause === -1 ? firstLine : firstLine.slice(cause + 'Caused by: '.length);
}

/** A failure to connect or log in, as a one-line message naming the server and what to fix. */
export function connectionError(error: unknown, config: Neo4jConfig): UsageError {
  const reason = reasonOf(error);
  if (error instanceof Neo4jError && error.code === 'Neo.ClientError.Security.Unauthorized') {
    const where = config.local ? ` (NEO4J_PASSWORD in ${shown(paths.envFile)})` : '';
    return new UsageError(
      `Neo4j at ${config.uri} rejected user "${config.user}": wrong password${where}`,
    );
  }
  if (isLoginRefused(error)) {
    return new UsageError(`Neo4j at ${config.uri} refused user "${config.user}": ${reason}`);
  }
  return new UsageError(`cannot reach Neo4j at ${config.uri} (${reason})`);
}

/** Connects and logs in once, so a bad address or password fails here and not mid-work. */
export async function verifyDriver(driver: Driver, config: Neo4jConfig): Promise<void> {
  try {
    await driver.getServerInfo();
  } catch (error) {
    throw connectionError(error, config);
  }
}
