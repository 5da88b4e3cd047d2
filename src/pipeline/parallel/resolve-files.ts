/**
 * Corpus-level entity resolution over the per-document files on disk, in hash
 * partitions of the entity key: every entity of one key lands in the same
 * partition, so each partition resolves on its own (with `resolveCorpus`) and
 * memory holds one partition, not the corpus. One partition gives exactly
 * `resolveCorpus` over all graphs.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { entityKey, resolveCorpus } from '../resolve/corpus';
import type { DocumentGraph, Entity } from '../../types/graph';
import { JsonlAppender, lineSpans, readSpan } from './jsonl-spans';

/** Graph JSON per partition: a partition of this size resolves in well under 100 MB. */
export const PARTITION_BYTES = 16 * 1024 * 1024;

export interface ResolveFilesOptions {
  /** How many partitions; by default one per `PARTITION_BYTES` of graph files. */
  partitions?: number;
}

/** FNV-1a: a cheap, stable hash that spreads keys evenly over partitions. */
function hashOf(key: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    hash ^= key.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

async function partitionCount(graphFiles: string[]): Promise<number> {
  let bytes = 0;
  for (const file of graphFiles) bytes += (await fs.stat(file)).size;
  return Math.max(1, Math.ceil(bytes / PARTITION_BYTES));
}

async function readGraph(file: string): Promise<DocumentGraph> {
  return JSON.parse(await fs.readFile(file, 'utf8')) as DocumentGraph;
}

/** Splits each graph's entities by partition: one `{doc, entities}` line per document and partition. */
async function spoolPartitions(
  graphFiles: string[],
  dir: string,
  count: number,
): Promise<string[]> {
  const files = Array.from({ length: count }, (_, i) => path.join(dir, `partition-${i}.jsonl`));
  const appenders = await Promise.all(files.map((f) => JsonlAppender.open(f)));
  try {
    for (const file of graphFiles) {
      const graph = await readGraph(file);
      const parts: Entity[][] = files.map(() => []);
      for (const e of graph.entities) parts[hashOf(entityKey(e)) % count].push(e);
      for (const [i, entities] of parts.entries())
        if (entities.length)
          await appenders[i].append(JSON.stringify({ doc: graph.doc, entities }));
    }
  } finally {
    await Promise.all(appenders.map((a) => a.close()));
  }
  return files;
}

async function readPartition(file: string): Promise<DocumentGraph[]> {
  const graphs: DocumentGraph[] = [];
  for await (const span of lineSpans(file)) {
    const { doc, entities } = JSON.parse(readSpan(file, span)) as DocumentGraph;
    graphs.push({ doc, entities, relations: [], facts: [] });
  }
  return graphs;
}

/**
 * Writes the corpus entities of `graphFiles` (`<doc>.json` files, in corpus order)
 * to `outFile` as JSON lines, and returns how many there are.
 */
export async function resolveGraphFiles(
  graphFiles: string[],
  outFile: string,
  options: ResolveFilesOptions = {},
): Promise<number> {
  const count = options.partitions ?? (await partitionCount(graphFiles));
  const work = await fs.mkdtemp(path.join(path.dirname(outFile), '.kg-resolve-'));
  const out = await JsonlAppender.open(outFile);
  let entities = 0;
  try {
    for (const partition of await spoolPartitions(graphFiles, work, count)) {
      for (const entity of resolveCorpus(await readPartition(partition))) {
        await out.append(JSON.stringify(entity));
        entities++;
      }
      await fs.rm(partition);
    }
  } finally {
    await out.close();
    await fs.rm(work, { recursive: true, force: true });
  }
  return entities;
}
