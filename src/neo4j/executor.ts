/**
 * Where every Cypher statement of the project runs: managed read and write
 * transactions, single queries, streamed reads and auto-commit statements;
 * statements with their rows cut into chunks and update counters summed. Every
 * driver failure passes through `neo4jFailure`, so each command that touches the
 * database reports a dropped connection, a refused login or a transaction out
 * of memory in the same one line, with what to do.
 */
import { performance } from 'node:perf_hooks';
import neo4j, {
  Neo4jError,
  type Driver,
  type ManagedTransaction,
  type Record as Neo4jRecord,
  type Session,
} from 'neo4j-driver';
import { UsageError } from '../errors';
import { reasonOf } from './driver';

export type { ManagedTransaction, Neo4jRecord, Session };

export type Params = Record<string, unknown>;

/** A write statement over rows, sent as `$rows`. */
export interface Statement {
  /** What the statement does, for progress and error messages. */
  name: string;
  text: string;
  rows: unknown[];
}

/** Rows sent with one statement: bounds the size of a request for large batches. */
export const ROWS_PER_STATEMENT = 5_000;

export interface Counters {
  nodesCreated: number;
  nodesDeleted: number;
  relationshipsCreated: number;
  relationshipsDeleted: number;
  propertiesSet: number;
}

export const zeroCounters = (): Counters => ({
  nodesCreated: 0,
  nodesDeleted: 0,
  relationshipsCreated: 0,
  relationshipsDeleted: 0,
  propertiesSet: 0,
});

const COUNTER_KEYS = Object.keys(zeroCounters()) as (keyof Counters)[];

export function addCounters(total: Counters, more: Counters): void {
  for (const key of COUNTER_KEYS) total[key] += more[key];
}

/** Runs one query inside a transaction, adding its updates to `counters` when given. */
export async function runQuery(
  tx: ManagedTransaction,
  text: string,
  params: Params,
  counters?: Counters,
): Promise<Neo4jRecord[]> {
  const result = await tx.run(text, params);
  if (counters) addCounters(counters, result.summary.counters.updates());
  return result.records;
}

/**
 * Keeps the server's cached plan of a write statement when the database grows or
 * is emptied: every statement finds its nodes through a uniqueness constraint's
 * index, so a new plan would be the same one, and planning a statement costs
 * about 80 ms, more than writing a batch's rows of most statements.
 */
export const KEEP_PLAN = 'CYPHER replan=skip\n';

/**
 * Runs statements over their rows, a chunk at a time, in order. All are sent
 * before the first is done: the server runs them one after the other, as sent,
 * while the client packs the next, instead of each waiting for a round trip.
 */
export async function runStatements(
  tx: ManagedTransaction,
  statements: Statement[],
  counters: Counters,
): Promise<void> {
  const started = performance.now();
  const results = statements.flatMap((statement) => {
    const chunks = [];
    for (let i = 0; i < statement.rows.length; i += ROWS_PER_STATEMENT) {
      const rows = statement.rows.slice(i, i + ROWS_PER_STATEMENT);
      chunks.push(tx.run(KEEP_PLAN + statement.text, { rows }));
    }
    return chunks;
  });
  const settled = await Promise.allSettled(results);
  for (const outcome of settled) {
    if (outcome.status === 'rejected') throw outcome.reason;
    addCounters(counters, outcome.value.summary.counters.updates());
  }
  if (process.env.KG_DEBUG) {
    const ms = (performance.now() - started).toFixed(0);
    const rows = statements.reduce((n, s) => n + s.rows.length, 0);
    console.error(`kg load: ${statements.length} statements, ${rows} rows, ${ms} ms`);
    for (const s of statements) {
      console.error(`kg load:   ${s.name}: ${s.rows.length} rows`);
      if (process.env.KG_DEBUG === 'cypher') console.error(s.text);
    }
  }
}

const CONNECTION_LOST = ['ServiceUnavailable', 'SessionExpired'];
const OUT_OF_MEMORY = /MemoryLimit|OutOfMemory/;

/**
 * A driver failure as a message for the user: an unreachable server or a lost
 * connection, a refused login, or a transaction over the server's memory limit
 * becomes a UsageError naming what was being done (and `resume`, what to do
 * about work begun); anything else is passed on.
 */
export function neo4jFailure(error: unknown, during: string, resume = ''): unknown {
  if (!(error instanceof Neo4jError)) return error;
  const then = resume ? `; ${resume}` : '';
  if (CONNECTION_LOST.includes(error.code)) {
    return new UsageError(
      `lost the connection to Neo4j while ${during} (${reasonOf(error)})${then}`,
      1,
    );
  }
  if (error.code.startsWith('Neo.ClientError.Security.')) {
    return new UsageError(`Neo4j refused the login while ${during}: ${reasonOf(error)}`);
  }
  if (error.code === 'Neo.ClientError.Schema.ConstraintValidationFailed') {
    return foreignNodeError(error);
  }
  if (OUT_OF_MEMORY.test(error.code)) {
    return new UsageError(
      `Neo4j ran out of transaction memory while ${during} (${reasonOf(error)}): ` +
        `write smaller batches (--batch-size) or raise db.memory.transaction.max${then}`,
      1,
    );
  }
  return error;
}

/**
 * A uniqueness constraint broken by the loader's own MERGE: the database holds a
 * node the loader did not write (a key under another label, as another program or
 * an older version leaves it), which MERGE does not find and then collides with.
 */
function foreignNodeError(error: Neo4jError): UsageError {
  const clash = /with label `([^`]+)` and property `([^`]+)` = (.+?)\s*$/m.exec(error.message);
  const what = clash ? `${clash[2]} ${clash[3]} exists under label ${clash[1]}` : reasonOf(error);
  return new UsageError(
    `the database holds a node the loader did not write (${what}): ` +
      'empty it with `kg neo4j reset` (asks first; --yes skips the question), then load again',
  );
}

/** `work` with its driver failures turned into messages (`neo4jFailure`). */
async function mapped<T>(work: () => Promise<T>, during: string, resume?: string): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw neo4jFailure(error, during, resume);
  }
}

/** A managed read transaction (retried by the driver on transient failures). */
export function readTransaction<T>(
  session: Session,
  work: (tx: ManagedTransaction) => Promise<T>,
  during: string,
): Promise<T> {
  return mapped(() => session.executeRead(work), during);
}

/** A managed write transaction; `resume` tells the user what to do if it fails. */
export function writeTransaction<T>(
  session: Session,
  work: (tx: ManagedTransaction) => Promise<T>,
  during: string,
  resume?: string,
): Promise<T> {
  return mapped(() => session.executeWrite(work), during, resume);
}

/** One query in a transaction of its own; its records and column names. */
export async function executeQuery(
  driver: Driver,
  text: string,
  params: Params = {},
  options: { during: string; access?: 'READ' | 'WRITE' },
): Promise<{ records: Neo4jRecord[]; keys: string[] }> {
  const { records, keys } = await mapped(
    () => driver.executeQuery(text, params, { routing: options.access ?? 'WRITE' }),
    options.during,
  );
  return { records, keys: keys.map(String) };
}

/**
 * The records of one read query as they arrive, in a session of their own: the
 * driver never holds the whole result.
 */
export async function* streamRecords(
  driver: Driver,
  text: string,
  params: Params,
  during: string,
): AsyncGenerator<Neo4jRecord> {
  const session = driver.session({ defaultAccessMode: neo4j.session.READ });
  try {
    const records = session.run(text, params)[Symbol.asyncIterator]();
    for (;;) {
      const next = await mapped(() => records.next(), during);
      if (next.done) return;
      yield next.value;
    }
  } finally {
    await session.close();
  }
}

/**
 * Statements run one after the other in implicit (auto-commit) transactions,
 * which `CALL … IN TRANSACTIONS` needs.
 */
export async function autoCommit(driver: Driver, texts: string[], during: string): Promise<void> {
  const session = driver.session();
  try {
    for (const text of texts) await mapped(() => session.run(text), during);
  } finally {
    await session.close();
  }
}

/** Counts every node and relationship (from the count store: cheap at any size). */
export async function countGraph(
  driver: Driver,
): Promise<{ nodes: number; relationships: number }> {
  const count = async (text: string) =>
    (
      await executeQuery(driver, text, {}, { during: 'counting the graph', access: 'READ' })
    ).records[0]
      .get('n')
      .toNumber() as number;
  return {
    nodes: await count('MATCH (n) RETURN count(n) AS n'),
    relationships: await count('MATCH ()-[r]->() RETURN count(r) AS n'),
  };
}
