/** `kg neo4j start|stop|status|init|reset`: the project's local Neo4j server, its schema and data. */
import { createInterface } from 'node:readline/promises';
import { UsageError } from '../errors';
import { neo4jConfig, openDriver } from '../neo4j/connection';
import { createDriver, reasonOf } from '../neo4j/driver';
import { emptyDatabase } from '../neo4j/empty-database';
import { BROWSER_URL, LOCAL_URI, NEO4J_VERSION, paths, shown } from '../neo4j/layout';
import {
  claimLocalServer,
  ensureLocalServer,
  localServerStatus,
  stopLocalServer,
} from '../neo4j/local-server';
import { applySchema } from '../neo4j/schema';
import { countGraph } from '../pipeline/load';

const say = (line: string): void => console.log(line);

export interface Neo4jCommandOptions {
  action: string;
  /** `reset` without asking. */
  yes?: boolean;
}

export async function run({ action, yes }: Neo4jCommandOptions): Promise<void> {
  switch (action) {
    case 'start':
      return start();
    case 'stop':
      return stop();
    case 'status':
      return status();
    case 'init':
      return init();
    case 'reset':
      return reset(yes === true);
    default:
      throw new UsageError(`unknown action "${action}" (start, stop, status, init or reset)`);
  }
}

function externalUri(): string | undefined {
  const config = neo4jConfig();
  return config.local ? undefined : config.uri;
}

async function start(): Promise<void> {
  const external = externalUri();
  if (external) {
    say(`NEO4J_URI is set: the project uses the server at ${external} and starts none of its own.`);
    return;
  }
  const { pid, started } = await ensureLocalServer(say);
  // Asked for by hand, so a test run that happened to start it will not stop it.
  await claimLocalServer();
  if (!started) say(`Neo4j is already running (pid ${pid}): ${LOCAL_URI}, Browser ${BROWSER_URL}`);
}

async function stop(): Promise<void> {
  const external = externalUri();
  if (external) {
    say(`NEO4J_URI is set: the server at ${external} is not the project's to stop.`);
    return;
  }
  await stopLocalServer(say);
}

async function status(): Promise<void> {
  const config = neo4jConfig();
  if (!config.local) {
    const driver = createDriver(config);
    try {
      const info = await driver.getServerInfo();
      say(`Using the server at ${config.uri} (NEO4J_URI): reachable, ${info.agent ?? 'Neo4j'}.`);
    } catch (error) {
      say(`Using the server at ${config.uri} (NEO4J_URI): not reachable (${reasonOf(error)}).`);
    } finally {
      await driver.close();
    }
    return;
  }
  const local = await localServerStatus();
  if (local.state === 'running') {
    say(`Neo4j ${NEO4J_VERSION} is running (pid ${local.pid}).`);
    say(`  Bolt:     ${LOCAL_URI}`);
    say(`  Browser:  ${BROWSER_URL}`);
    say(`  Login:    user ${config.user}, password in ${shown(paths.envFile)}`);
    say(`  Logs:     ${shown(paths.logs)}/`);
    return;
  }
  if (!local.installed) say('Neo4j is not installed yet; `kg neo4j start` installs and starts it.');
  else say('Neo4j is not running; `kg neo4j start` starts it.');
  for (const port of local.busyPorts) {
    say(`  Port ${port} on 127.0.0.1 is taken by another program, so it would not start.`);
  }
}

async function init(): Promise<void> {
  const driver = await openDriver();
  try {
    const count = await applySchema(driver);
    say(`Applied ${count} schema statements from ${shown(paths.schema)}.`);
  } finally {
    await driver.close();
  }
}

/**
 * Empties the database the project uses (every node and relationship; the schema
 * stays), after the user confirms with "yes" on stdin, or at once with --yes.
 */
async function reset(yes: boolean): Promise<void> {
  const config = neo4jConfig();
  const driver = await openDriver(config);
  try {
    const before = await countGraph(driver);
    const what = `${before.nodes} nodes and ${before.relationships} relationships`;
    if (!yes && !(await confirmed(`Delete all ${what} of the database at ${config.uri}?`))) {
      throw new UsageError('reset cancelled: nothing was deleted (answer "yes", or pass --yes)');
    }
    await emptyDatabase(driver);
    await applySchema(driver);
    say(`Emptied the database at ${config.uri}: deleted ${what}; the schema is kept.`);
  } finally {
    await driver.close();
  }
}

/** Asks on the terminal (or reads a piped answer); only "yes" confirms, end of input does not. */
async function confirmed(question: string): Promise<boolean> {
  const prompt = createInterface({ input: process.stdin, output: process.stderr });
  try {
    const answer = await new Promise<string>((resolve) => {
      prompt.once('close', () => resolve(''));
      prompt.question(`${question} Type yes to confirm: `).then(resolve, () => resolve(''));
    });
    return answer.trim().toLowerCase() === 'yes';
  } finally {
    prompt.close();
  }
}
