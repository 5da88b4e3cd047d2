/** Reads the extraction output of a benchmark size back: graph files in corpus order. */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { ingestModule } from '../product';
import type { DocumentGraph } from '../../src/types/graph';
import type { NormalizedDocument } from '../../src/types/document';

export async function graphFiles(dir: string): Promise<string[]> {
  return (await fs.readdir(dir))
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => path.join(dir, f));
}

export async function readGraphs(dir: string): Promise<DocumentGraph[]> {
  const graphs: DocumentGraph[] = [];
  for (const file of await graphFiles(dir))
    graphs.push(JSON.parse(await fs.readFile(file, 'utf8')) as DocumentGraph);
  return graphs;
}

/** Documents and graphs in memory, as `kg build` hands them to the loader. */
export async function readCorpus(
  dir: string,
): Promise<{ documents: NormalizedDocument[]; graphs: DocumentGraph[] }> {
  const { readDocuments } = await ingestModule();
  return {
    documents: await readDocuments(path.join(dir, 'documents.jsonl')),
    graphs: await readGraphs(dir),
  };
}

/** Entity and relation records of the output: the rows every loader gets. */
export function recordCount(graphs: DocumentGraph[]): number {
  return graphs.reduce((n, g) => n + g.entities.length + g.relations.length, 0);
}
