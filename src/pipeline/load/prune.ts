/**
 * Pruning: the articles in the graph that are not in the input, removed with
 * what only they contributed: their mentions, their support of relationships and
 * statistics (a relationship or statistic no other article supports goes), the
 * entities no other article names, then the gazetteer parents nothing holds any
 * more. The same removal a changed article goes through before it is written
 * again. A few articles per write transaction: a crash leaves each article whole
 * or gone, and pruning again finishes the job.
 */
import type { Driver } from 'neo4j-driver';
import {
  addCounters,
  executeQuery,
  runQuery,
  writeTransaction,
  zeroCounters,
  type Counters,
} from '../../neo4j/executor';
import { RESUME, deleteOrphans, removeArticles } from './loader';
import { ARTICLES_NOT_IN, DELETE_ARTICLES, SET_ALIASES } from './statements';

export interface PruneOptions {
  /** Articles removed per write transaction (20). */
  perTransaction?: number;
  /** Told inside each transaction, before its work, which articles it removes. */
  onProgress?: (message: string) => void;
}

/** The ids of the articles in the graph that are not among `input`, sorted. */
export async function articlesNotIn(driver: Driver, input: Iterable<string>): Promise<string[]> {
  const { records } = await executeQuery(
    driver,
    ARTICLES_NOT_IN,
    { ids: [...input] },
    { during: 'listing the articles that are not in the input' },
  );
  return records.map((r) => r.get('id') as string);
}

/** Removes the articles `ids` with what only they contributed; returns what was deleted. */
export async function pruneArticles(
  driver: Driver,
  ids: string[],
  options: PruneOptions = {},
): Promise<Counters> {
  const per = Math.max(1, options.perTransaction ?? 20);
  const total = zeroCounters();
  const session = driver.session({ defaultAccessMode: 'WRITE' });
  try {
    for (let i = 0; i < ids.length; i += per) {
      const chunk = ids.slice(i, i + per);
      const counters = await writeTransaction(
        session,
        async (tx) => {
          options.onProgress?.(`pruning ${chunk.join(', ')}`);
          const done = zeroCounters();
          const candidates = await removeArticles(tx, chunk, done);
          await runQuery(tx, DELETE_ARTICLES, { ids: chunk }, done);
          await deleteOrphans(tx, candidates, done);
          // The aliases of the nodes that stay are made again from the mentions left.
          if (candidates.length)
            await runQuery(tx, SET_ALIASES, { ids: [...new Set(candidates)] }, done);
          return done;
        },
        `pruning ${chunk.join(', ')}`,
        RESUME,
      );
      addCounters(total, counters);
    }
  } finally {
    await session.close();
  }
  return total;
}
