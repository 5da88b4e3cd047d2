/**
 * Reads extraction output for loading or export: the per-document graphs of a
 * folder (`<doc>.json`) and the documents beside them (`documents.jsonl`), either
 * all at once (`readCorpus`) or one graph at a time (`streamCorpus`).
 */
import { existsSync, promises as fs } from 'node:fs';
import path from 'node:path';
import { InputError, UsageError, messageOf } from '../../errors';
import { graphFilesIn, parseGraph, readExtractionOutput } from '../../io/graph-file';
// Not '../ingest': its index brings the decoders along (about 80 MB), which loading never uses.
import { DOCUMENTS_FILE, parseDocument, readDocuments } from '../../io/documents-file';
import { lineSpans, readSpan, type Span } from '../../io/jsonl-spans';
import type { Corpus, CorpusEntry } from './loader';

/** The graphs of a folder of extraction output and the documents beside them. */
export async function readCorpus(dir: string): Promise<{ corpus: Corpus; failures: string[] }> {
  const { graphs, failures } = await readExtractionOutput(dir);
  const documentsFile = path.join(dir, DOCUMENTS_FILE);
  const messages = failures.map((f) => f.message);
  if (!existsSync(documentsFile)) messages.push(missingDocuments(documentsFile));
  const documents = existsSync(documentsFile) ? await readDocuments(documentsFile) : [];
  return { corpus: { documents, graphs }, failures: messages };
}

export interface CorpusStream {
  /** Graph files in the folder. */
  graphFiles: number;
  /** Each graph with its document, in file order; read once. */
  entries: AsyncIterable<CorpusEntry>;
  /** Graph files that could not be read (filled as the entries are read), a missing documents.jsonl. */
  failures: string[];
  /** Documents without a graph, once every entry has been read. */
  warnings: string[];
}

/**
 * The corpus of a folder, one graph and its document at a time: documents.jsonl
 * is indexed first (each document's name and place in the file, every record
 * checked), then each graph file (of `only`, when given) is read when its turn
 * comes, with its document.
 */
export async function streamCorpus(dir: string, only?: string[]): Promise<CorpusStream> {
  const files = only ?? (await graphFilesIn(dir, 'load'));
  const documentsFile = path.join(dir, DOCUMENTS_FILE);
  const failures: string[] = [];
  const warnings: string[] = [];
  const hasDocuments = existsSync(documentsFile);
  if (!hasDocuments) failures.push(missingDocuments(documentsFile));
  const index = hasDocuments ? await indexDocuments(documentsFile) : new Map<string, Span>();

  async function* entries(): AsyncGenerator<CorpusEntry> {
    const paired = new Set<string>();
    for (const file of files) {
      let entry: CorpusEntry;
      try {
        const graph = parseGraph(await fs.readFile(file, 'utf8'), path.basename(file, '.json'));
        const span = index.get(graph.doc);
        entry = {
          graph,
          doc: span && parseDocument(readSpan(documentsFile, span)),
        };
      } catch (error) {
        failures.push(new InputError(file, messageOf(error)).message);
        continue;
      }
      paired.add(entry.graph.doc);
      yield entry;
    }
    for (const name of index.keys()) {
      if (!paired.has(name)) warnings.push(`${name}: a document without a graph is not loaded`);
    }
  }
  return { graphFiles: files.length, entries: entries(), failures, warnings };
}

/** Where each document's line is, by name; every record is checked as `readDocuments` does. */
async function indexDocuments(file: string): Promise<Map<string, Span>> {
  const index = new Map<string, Span>();
  let line = 0;
  for await (const span of lineSpans(file)) {
    line++;
    try {
      index.set(parseDocument(readSpan(file, span)).name, span);
    } catch (error) {
      throw new UsageError(`${file}:${line}: ${messageOf(error)}`);
    }
  }
  return index;
}

function missingDocuments(file: string): string {
  return `${file} is missing: articles get no title, date or hash, and relations no sentences`;
}
