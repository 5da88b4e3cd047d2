/**
 * Neo4j input: the graph the loader built. Entity nodes carry one label of the
 * spec's entity types (places also `Place`) and their `key`; relationships of
 * the spec's types join them; `(:Article)-[:MENTIONS {sentences}]->(entity)`
 * says in which sentences of which document an entity is named.
 */
import neo4j, { type Driver, type Integer } from 'neo4j-driver';
import {
  ENTITY_TYPES,
  RELATION_TYPES,
  type EntityType,
  type RelationType,
} from '../../../types/graph';
import type { AnalysisInput, MentionRecord } from '../types';

const ENTITY_LABELS = ENTITY_TYPES.join('|');
const RELATION_LABELS = RELATION_TYPES.join('|');

export const READ_ENTITIES = `MATCH (n:${ENTITY_LABELS})
RETURN n.key AS key, [label IN labels(n) WHERE label IN $types][0] AS type, n.name AS name`;

export const READ_RELATIONS = `MATCH (a:${ENTITY_LABELS})-[r:${RELATION_LABELS}]->(b:${ENTITY_LABELS})
RETURN a.key AS source, b.key AS target, type(r) AS type, r.via AS via`;

export const READ_MENTIONS = `MATCH (a:Article)-[m:MENTIONS]->(n:${ENTITY_LABELS})
RETURN a.id AS doc, n.key AS key, m.sentences AS sentences`;

const toNumber = (value: number | Integer) => (neo4j.isInt(value) ? value.toNumber() : value);

export async function readFromNeo4j(driver: Driver): Promise<AnalysisInput> {
  const read = { routing: neo4j.routing.READ };
  const entities = await driver.executeQuery(READ_ENTITIES, { types: ENTITY_TYPES }, read);
  const relations = await driver.executeQuery(READ_RELATIONS, {}, read);
  const mentions = await driver.executeQuery(READ_MENTIONS, {}, read);
  return {
    entities: entities.records
      .filter((r) => typeof r.get('key') === 'string')
      .map((r) => ({
        key: r.get('key') as string,
        type: r.get('type') as EntityType,
        name: String(r.get('name') ?? r.get('key')),
      })),
    relations: relations.records
      .filter((r) => typeof r.get('source') === 'string' && typeof r.get('target') === 'string')
      .map((r) => {
        const via = r.get('via') as string | null;
        return {
          type: r.get('type') as RelationType,
          source: r.get('source') as string,
          target: r.get('target') as string,
          ...(via ? { via } : {}),
        };
      }),
    mentions: mentions.records.flatMap((r): MentionRecord[] => {
      const key = r.get('key') as string;
      const doc = r.get('doc') as string;
      const sentences = (r.get('sentences') as (number | Integer)[] | null) ?? [];
      if (!sentences.length) return [{ key, doc, sentence: -1 }];
      return sentences.map((s) => ({ key, doc, sentence: toNumber(s) }));
    }),
  };
}
