/**
 * Ingest stage (first version): reads UTF-8 text files into normalized documents.
 * Decoding, cleaning and script conversion arrive with the ingest issue.
 */
import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { NormalizedDocument, Sentence } from '../../types/document';
import { InputError, messageOf } from '../../errors';
import { listInputFiles } from '../../io/files';

export const INPUT_EXTENSIONS = ['.txt', '.md'] as const;

export interface IngestResult {
  documents: NormalizedDocument[];
  failures: InputError[];
}

/** Splits text into sentences at Chinese sentence ends and line breaks. */
export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  const re = /[^。！？!?\n]+[。！？!?]*/g;
  for (const m of text.matchAll(re)) {
    if (m[0].trim() === '') continue;
    sentences.push({
      index: sentences.length,
      start: m.index,
      end: m.index + m[0].length,
      kind: 'body',
    });
  }
  return sentences;
}

export function normalizeText(file: string, bytes: Buffer): NormalizedDocument {
  const original = bytes.toString('utf8');
  const hash = createHash('sha256').update(bytes).digest('hex');
  return {
    id: hash.slice(0, 16),
    name: path.basename(file, path.extname(file)),
    file,
    contentHash: hash,
    encoding: 'UTF-8',
    script: 'simplified',
    meta: { authors: [] },
    original,
    text: original,
    offsets: [[0, 0, original.length, original.length]],
    sentences: splitSentences(original),
    cleaning: {},
  };
}

export async function ingest(inputs: string[]): Promise<IngestResult> {
  const files = await listInputFiles(inputs, INPUT_EXTENSIONS);
  const result: IngestResult = { documents: [], failures: [] };
  for (const file of files) {
    try {
      result.documents.push(normalizeText(file, await fs.readFile(file)));
    } catch (error) {
      result.failures.push(new InputError(file, messageOf(error)));
    }
  }
  return result;
}
