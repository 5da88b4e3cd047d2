/**
 * Neo4j input: the graph the loader built. Entity nodes carry one label of the
 * spec's entity types (places also `Place`) and their `key`; relationships of
 * the spec's types join them; `(:Article)-[:MENTIONS {sentences}]->(entity)`
 * says in which sentences of which document an entity is named.
 */
import neo4j, { type Driver, type Integer } from 'neo4j-driver';
import { streamRecords } from '../../../neo4j/executor';
import {
  ENTITY_TYPES,
  RELATION_TYPES,
  type EntityType,
  type RelationType,
} from '../../../types/graph';
import type { AnalysisInput, EntityRecord } from '../types';
import { recordTables } from './record-tables';

const ENTITY_LABELS = ENTITY_TYPES.join('|');
const RELATION_LABELS = RELATION_TYPES.join('|');

export const READ_ENTITIES = `MATCH (n:${ENTITY_LABELS})
RETURN n.key AS key, [label IN labels(n) WHERE label IN $types][0] AS type, n.name AS name`;

export const READ_RELATIONS = `MATCH (a:${ENTITY_LABELS})-[r:${RELATION_LABELS}]->(b:${ENTITY_LABELS})
RETURN a.key AS source, b.key AS target, type(r) AS type, r.via AS via`;

export const READ_MENTIONS = `MATCH (a:Article)-[m:MENTIONS]->(n:${ENTITY_LABELS})
RETURN a.id AS doc, n.key AS key, m.sentences AS sentences`;

const toNumber = (value: number | Integer) => (neo4j.isInt(value) ? value.toNumber() : value);

/**
 * Records are streamed (a session's result, iterated as it arrives) and turned
 * into analysis records one by one: the driver never holds a query's whole
 * result as record objects beside the records kept.
 */
export async function readFromNeo4j(driver: Driver): Promise<AnalysisInput> {
  const entities: EntityRecord[] = [];
  const { relations, mentions } = recordTables();
  for await (const r of streamed(driver, READ_ENTITIES, { types: ENTITY_TYPES })) {
    const key = r.get('key') as unknown;
    if (typeof key !== 'string') continue;
    entities.push({
      key,
      type: r.get('type') as EntityType,
      name: String(r.get('name') ?? key),
    });
  }
  for await (const r of streamed(driver, READ_RELATIONS)) {
    const source = r.get('source') as unknown;
    const target = r.get('target') as unknown;
    if (typeof source !== 'string' || typeof target !== 'string') continue;
    const via = r.get('via') as string | null;
    relations.add({ type: r.get('type') as RelationType, source, target, via: via ?? undefined });
  }
  for await (const r of streamed(driver, READ_MENTIONS)) {
    const key = r.get('key') as string;
    const doc = r.get('doc') as string;
    const sentences = (r.get('sentences') as (number | Integer)[] | null) ?? [];
    if (!sentences.length) mentions.add({ key, doc, sentence: -1 });
    for (const s of sentences) mentions.add({ key, doc, sentence: toNumber(s) });
  }
  relations.trim();
  mentions.trim();
  return { entities, relations, mentions };
}

/** The records of one read query, as they arrive. */
const streamed = (driver: Driver, query: string, parameters: Record<string, unknown> = {}) =>
  streamRecords(driver, query, parameters, 'reading the graph to analyse');
