/**
 * Where the loader's Cypher runs: statements with their rows cut into chunks,
 * update counters summed, and driver failures turned into one-line messages
 * that say what happened and what to do.
 */
import { performance } from 'node:perf_hooks';
import { Neo4jError, type ManagedTransaction, type Record as Neo4jRecord } from 'neo4j-driver';
import { UsageError } from '../../errors';
import { reasonOf } from '../../neo4j/driver';
import type { Statement } from './statements';

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

/** Runs one query inside a transaction, adding its updates to `counters`. */
export async function runQuery(
  tx: ManagedTransaction,
  text: string,
  params: Record<string, unknown>,
  counters: Counters,
): Promise<Neo4jRecord[]> {
  const result = await tx.run(text, params);
  addCounters(counters, result.summary.counters.updates());
  return result.records;
}

/**
 * Keeps the server's cached plan of a write statement when the database grows or
 * is emptied: every statement finds its nodes through a uniqueness constraint's
 * index, so a new plan would be the same one, and planning a statement costs
 * about 80 ms, more than writing a batch's rows of most statements.
 */
const KEEP_PLAN = 'CYPHER replan=skip\n';

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

/**
 * A driver failure as a message for the user: an unreachable server, a lost
 * connection or a refused login becomes a UsageError naming what was being done
 * (and, once writing has begun, that loading again finishes the job); anything
 * else is passed on.
 */
export function loadError(error: unknown, during: string, writing = false): unknown {
  if (!(error instanceof Neo4jError)) return error;
  if (CONNECTION_LOST.includes(error.code)) {
    const resume = writing
      ? '; the documents committed before are kept and the interrupted batch was rolled back: ' +
        'run the load again to finish (unchanged documents are skipped)'
      : '';
    return new UsageError(
      `lost the connection to Neo4j while ${during} (${reasonOf(error)})${resume}`,
      1,
    );
  }
  if (error.code.startsWith('Neo.ClientError.Security.')) {
    return new UsageError(`Neo4j refused the login while ${during}: ${reasonOf(error)}`);
  }
  if (error.code === 'Neo.ClientError.Schema.ConstraintValidationFailed') {
    return foreignNodeError(error);
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
