/**
 * documents.jsonl: the ingest stage's output, one normalized document a line.
 * Later stages read it through `readDocuments`, which checks every record.
 */
import path from 'node:path';
import type { NormalizedDocument } from '../types/document';
import { readJsonl, writeJsonl } from './files';

export const DOCUMENTS_FILE = 'documents.jsonl';

const SCRIPTS = ['simplified', 'traditional'];
const KINDS = ['title', 'body', 'byline', 'caption'];

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;
const isString = (v: unknown): v is string => typeof v === 'string';
const isCount = (v: unknown): v is number => Number.isInteger(v) && (v as number) >= 0;

function isMeta(v: unknown): boolean {
  return (
    isObject(v) &&
    ['title', 'date', 'source'].every((k) => v[k] === undefined || isString(v[k])) &&
    Array.isArray(v.authors) &&
    v.authors.every((a) => isObject(a) && isString(a.name) && isString(a.role))
  );
}

function isSegment(v: unknown): boolean {
  return Array.isArray(v) && v.length === 4 && v.every(isCount);
}

function isSentence(v: unknown): boolean {
  return (
    isObject(v) &&
    isCount(v.index) &&
    isCount(v.start) &&
    isCount(v.end) &&
    KINDS.includes(v.kind as string)
  );
}

export function isNormalizedDocument(value: unknown): value is NormalizedDocument {
  if (!isObject(value)) return false;
  const v = value;
  return (
    ['id', 'name', 'file', 'contentHash', 'encoding', 'original', 'text'].every((k) =>
      isString(v[k]),
    ) &&
    SCRIPTS.includes(v.script as string) &&
    isMeta(v.meta) &&
    Array.isArray(v.offsets) &&
    v.offsets.every(isSegment) &&
    Array.isArray(v.sentences) &&
    v.sentences.every(isSentence) &&
    isObject(v.cleaning) &&
    Object.values(v.cleaning).every(isCount)
  );
}

/** One documents.jsonl line, checked: a corrupt or foreign record is refused, saying which. */
export function parseDocument(line: string): NormalizedDocument {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    throw new Error('not valid JSON');
  }
  if (!isNormalizedDocument(value)) throw new Error('not a normalized document record');
  return value;
}

export async function writeDocuments(
  outDir: string,
  documents: NormalizedDocument[],
): Promise<string> {
  const file = path.join(outDir, DOCUMENTS_FILE);
  await writeJsonl(file, documents);
  return file;
}

export function readDocuments(file: string): Promise<NormalizedDocument[]> {
  return readJsonl(file, isNormalizedDocument);
}
