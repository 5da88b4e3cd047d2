import { promises as fs } from 'node:fs';
import path from 'node:path';
import { ingest, writeDocuments } from '../pipeline/ingest';
import { extractDocument, sentenceLocator } from '../pipeline/extract';
import { extractRelations } from '../pipeline/extract/relations';
import { collectKnownNames, propagateKnownNames } from '../pipeline/resolve/propagate';
import { resolveCorpus } from '../pipeline/resolve/corpus';
import { writeJsonl } from '../io/files';
import type { DocumentGraph } from '../types/graph';
import type { NormalizedDocument } from '../types/document';

export interface ExtractOptions {
  inputs: string[];
  out: string;
}

export interface ExtractSummary {
  documents: number;
  failed: number;
  entities: number;
  relations: number;
  facts: number;
  out: string;
  /** What the later stages (load, analyze) work on, in memory. */
  corpus: { documents: NormalizedDocument[]; graphs: DocumentGraph[] };
}

/** Writes one `<name>.json` per document in the spec's format. */
export async function writeGraphs(out: string, graphs: DocumentGraph[]): Promise<void> {
  await fs.mkdir(out, { recursive: true });
  for (const graph of graphs) {
    await fs.writeFile(path.join(out, `${graph.doc}.json`), JSON.stringify(graph, null, 2) + '\n');
  }
}

export async function extractFiles(options: ExtractOptions): Promise<ExtractSummary> {
  const { documents, failures } = await ingest(options.inputs);
  for (const failure of failures) console.error(`kg extract: ${failure.message}`);
  const firstPass = documents.map((doc) => extractDocument(doc));
  const known = collectKnownNames(firstPass);
  const graphs = firstPass.map((g, i) =>
    extractRelations(
      documents[i],
      propagateKnownNames(documents[i], g, known, sentenceLocator(documents[i])),
    ),
  );
  await writeGraphs(options.out, graphs);
  // The load stage needs each document's metadata and text for Article nodes and provenance.
  await writeDocuments(options.out, documents);
  // The corpus-level entities sit beside the per-document files (the scorer reads only those).
  await writeJsonl(path.join(options.out, 'entities.jsonl'), resolveCorpus(graphs));
  const count = (pick: (g: DocumentGraph) => unknown[]) =>
    graphs.reduce((n, g) => n + pick(g).length, 0);
  return {
    documents: documents.length,
    failed: failures.length,
    entities: count((g) => g.entities),
    relations: count((g) => g.relations),
    facts: count((g) => g.facts),
    out: options.out,
    corpus: { documents, graphs },
  };
}

export async function run(options: ExtractOptions): Promise<void> {
  const s = await extractFiles(options);
  console.log(
    `extracted ${s.entities} entities, ${s.relations} relations, ${s.facts} facts from ${s.documents} documents → ${s.out}`,
  );
}
