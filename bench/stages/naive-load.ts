/**
 * Baseline: the naive loader many Chinese KG projects use — one MERGE per entity
 * and one per relation, each in its own transaction, on the same schema (so every
 * MERGE still finds its node through the uniqueness constraint's index).
 * Labels are interpolated only from the closed ENTITY_TYPES / RELATION_TYPES lists.
 */
import { performance } from 'node:perf_hooks';
import type { Driver } from 'neo4j-driver';
import type { DocumentGraph } from '../../src/types/graph';
import { graphTypesModule, graphKeysModule } from '../product';
import type { StageOutput } from '../stage-protocol';
import { readGraphs, recordCount } from './corpus-files';
import { openEmptyDatabase } from './scratch-database';

interface Vocabulary {
  entityTypes: readonly string[];
  relationTypes: readonly string[];
  keyOf: (e: DocumentGraph['entities'][number]) => string;
}

function checked(value: string, allowed: readonly string[]): string {
  if (!allowed.includes(value)) throw new Error(`bench: unknown type ${value}`);
  return value;
}

async function writeOne(driver: Driver, query: string, params: Record<string, unknown>) {
  const session = driver.session();
  try {
    await session.executeWrite((tx) => tx.run(query, params));
  } finally {
    await session.close();
  }
}

async function loadGraph(driver: Driver, graph: DocumentGraph, v: Vocabulary): Promise<void> {
  const ends = new Map<string, { label: string; key: string }>();
  for (const e of graph.entities) {
    const label = checked(e.type, v.entityTypes);
    const key = v.keyOf(e);
    ends.set(e.name, { label, key });
    await writeOne(driver, `MERGE (n:\`${label}\` {key: $key}) SET n.name = $name`, {
      key,
      name: e.name,
    });
  }
  for (const r of graph.relations) {
    const head = ends.get(r.head);
    const tail = ends.get(r.tail);
    if (!head || !tail) continue;
    const type = checked(r.type, v.relationTypes);
    await writeOne(
      driver,
      `MATCH (a:\`${head.label}\` {key: $head}), (b:\`${tail.label}\` {key: $tail}) MERGE (a)-[:\`${type}\`]->(b)`,
      { head: head.key, tail: tail.key },
    );
  }
}

export async function naiveLoadStage(args: {
  extracted: string;
  /** Bolt URI of the harness's scratch server. */
  neo4j: string;
}): Promise<StageOutput> {
  const { ENTITY_TYPES, RELATION_TYPES } = await graphTypesModule();
  const { entityKey } = await graphKeysModule();
  const vocabulary = { entityTypes: ENTITY_TYPES, relationTypes: RELATION_TYPES, keyOf: entityKey };
  const graphs = await readGraphs(args.extracted);
  const driver = await openEmptyDatabase(args.neo4j);
  try {
    const started = performance.now();
    for (const graph of graphs) await loadGraph(driver, graph, vocabulary);
    return { timedMs: performance.now() - started, counts: { records: recordCount(graphs) } };
  } finally {
    await driver.close();
  }
}
