/**
 * Reads extraction output for loading or export: the per-document graphs of a
 * folder (`<doc>.json`) and the documents beside them (`documents.jsonl`).
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { readExtractionOutput } from '../analyze/input/read-extraction';
import { DOCUMENTS_FILE, readDocuments } from '../ingest';
import type { Corpus } from './loader';

/** The graphs of a folder of extraction output and the documents beside them. */
export async function readCorpus(dir: string): Promise<{ corpus: Corpus; failures: string[] }> {
  const { graphs, failures } = await readExtractionOutput(dir);
  const documentsFile = path.join(dir, DOCUMENTS_FILE);
  const messages = failures.map((f) => f.message);
  if (!existsSync(documentsFile)) {
    messages.push(
      `${documentsFile} is missing: articles get no title, date or hash, and relations no sentences`,
    );
  }
  const documents = existsSync(documentsFile) ? await readDocuments(documentsFile) : [];
  return { corpus: { documents, graphs }, failures: messages };
}
