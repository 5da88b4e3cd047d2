/**
 * Document graph files (`<doc>.json`, the extract stage's output; gold
 * annotations have the same shape), checked as they are read: a file of another
 * shape is reported with what is wrong and skipped, not passed on half-typed.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { InputError, UsageError, messageOf } from '../errors';
import {
  ENTITY_TYPES,
  RELATION_TYPES,
  type DocumentGraph,
  type EntityType,
  type RelationType,
} from '../types/graph';

export interface ExtractionOutput {
  graphs: DocumentGraph[];
  failures: InputError[];
}

/** The document graph files of a folder (`*.json`), sorted; refuses a folder without any. */
export async function graphFilesIn(dir: string, purpose = 'analyse'): Promise<string[]> {
  const names = await fs.readdir(dir).catch(() => {
    throw new UsageError(`no such folder: ${dir}`);
  });
  const files = names.filter((name) => name.endsWith('.json')).sort();
  if (!files.length) throw new UsageError(`${dir}: no document graphs (*.json) to ${purpose}`);
  return files.map((name) => path.join(dir, name));
}

/** Every graph of the folder in memory: for small outputs (`inputFromGraphFiles` streams). */
export async function readExtractionOutput(dir: string): Promise<ExtractionOutput> {
  const result: ExtractionOutput = { graphs: [], failures: [] };
  for (const file of await graphFilesIn(dir)) {
    try {
      result.graphs.push(parseGraph(await fs.readFile(file, 'utf8'), path.basename(file, '.json')));
    } catch (error) {
      result.failures.push(new InputError(file, messageOf(error)));
    }
  }
  return result;
}

/** A document graph from JSON text; `doc` defaults to the file name, missing lists to empty. */
export function parseGraph(text: string, fallbackDoc: string): DocumentGraph {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new Error('not valid JSON');
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw new Error('not a document graph (expected an object with entities)');
  const record = value as Partial<DocumentGraph>;
  for (const field of ['entities', 'relations', 'facts'] as const) {
    if (record[field] !== undefined && !Array.isArray(record[field]))
      throw new Error(`"${field}" is not a list`);
  }
  if (!Array.isArray(record.entities)) throw new Error('no "entities" list');
  record.entities.forEach((e, i) => {
    if (typeof e?.name !== 'string' || !isEntityType(e.type))
      throw new Error(`entity ${i + 1} has no name or a type outside the spec`);
  });
  (record.relations ?? []).forEach((r, i) => {
    if (typeof r?.head !== 'string' || typeof r.tail !== 'string' || !isRelationType(r.type))
      throw new Error(`relation ${i + 1} has no head and tail or a type outside the spec`);
  });
  return {
    doc: typeof record.doc === 'string' ? record.doc : fallbackDoc,
    entities: record.entities,
    relations: record.relations ?? [],
    facts: record.facts ?? [],
  };
}

const isEntityType = (t: unknown): t is EntityType =>
  (ENTITY_TYPES as readonly unknown[]).includes(t);
const isRelationType = (t: unknown): t is RelationType =>
  (RELATION_TYPES as readonly unknown[]).includes(t);
