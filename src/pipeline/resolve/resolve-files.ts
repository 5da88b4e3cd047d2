/**
 * Corpus-level entity resolution over the per-document files on disk, in hash
 * partitions of the entity key: every entity of one key lands in the same
 * partition, so each partition resolves on its own (a `CorpusResolver`) and
 * memory holds one partition, not the corpus. One partition gives exactly
 * `resolveCorpus` over all graphs.
 */
import { createReadStream, promises as fs } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { entityKey } from '../../graph/keys';
import { CorpusResolver, type CorpusEntity } from './corpus';
import type { DocumentGraph, Entity } from '../../types/graph';

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

/**
 * Lines held, across all files, before they are written. Small on purpose:
 * lines written soon die young, in V8's new space; lines held for a megabyte
 * outlive a few scavenges, are promoted, and pile up as old garbage that V8
 * lets grow to several times the live heap before collecting it.
 */
const PENDING_CHARS = 128 * 1024;

/**
 * JSON lines for one or many files, buffered together under one bound
 * (`PENDING_CHARS`) rather than a buffer per file, so that memory does not
 * grow with the number of partitions.
 */
class LineFiles {
  private readonly pending: string[][];
  private pendingChars = 0;

  private constructor(
    readonly files: string[],
    private readonly handles: fs.FileHandle[],
  ) {
    this.pending = files.map(() => []);
  }

  static async open(files: string[]): Promise<LineFiles> {
    const handles: fs.FileHandle[] = [];
    try {
      for (const file of files) handles.push(await fs.open(file, 'w'));
    } catch (error) {
      await Promise.all(handles.map((h) => h.close()));
      throw error;
    }
    return new LineFiles(files, handles);
  }

  async append(partition: number, line: string): Promise<void> {
    this.pending[partition].push(line);
    this.pendingChars += line.length + 1;
    if (this.pendingChars >= PENDING_CHARS) await this.flush();
  }

  private async flush(): Promise<void> {
    for (const [i, lines] of this.pending.entries()) {
      if (!lines.length) continue;
      await this.handles[i].write(lines.join('\n') + '\n');
      this.pending[i] = [];
    }
    this.pendingChars = 0;
  }

  async close(): Promise<void> {
    try {
      await this.flush();
    } finally {
      await Promise.all(this.handles.map((h) => h.close()));
    }
  }
}

/** Splits each graph's entities by partition: one `{doc, entities}` line per document and partition. */
async function spoolPartitions(
  graphFiles: string[],
  dir: string,
  count: number,
): Promise<string[]> {
  const files = Array.from({ length: count }, (_, i) => path.join(dir, `partition-${i}.jsonl`));
  const spool = await LineFiles.open(files);
  try {
    for (const file of graphFiles) {
      const graph = await readGraph(file);
      const parts: Entity[][] = files.map(() => []);
      for (const e of graph.entities) parts[hashOf(entityKey(e)) % count].push(e);
      for (const [i, entities] of parts.entries())
        if (entities.length) await spool.append(i, JSON.stringify({ doc: graph.doc, entities }));
    }
  } finally {
    await spool.close();
  }
  return files;
}

/** One partition resolved, its lines read as a stream and merged one document at a time. */
async function resolvePartition(file: string): Promise<CorpusEntity[]> {
  const resolver = new CorpusResolver();
  const lines = createInterface({ input: createReadStream(file), crlfDelay: Infinity });
  for await (const line of lines) if (line.trim()) resolver.add(JSON.parse(line) as DocumentGraph);
  return resolver.entities();
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
  const out = await LineFiles.open([outFile]);
  let entities = 0;
  try {
    for (const partition of await spoolPartitions(graphFiles, work, count)) {
      for (const entity of await resolvePartition(partition)) {
        await out.append(0, JSON.stringify(entity));
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
