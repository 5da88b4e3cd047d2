/** One file's bytes → one normalized document record. */
import { createHash } from 'node:crypto';
import path from 'node:path';
import type { NormalizedDocument } from '../../types/document';
import { decode, DecodeError } from './decode';
import { htmlToText } from './html';
import { readTitle } from './metadata';
import { normalize, type Format } from './normalize';
import { toSegments } from './offsets';
import { splitSentences } from './sentences';
import { trackOriginal } from './tracked-text';

const FORMATS: Readonly<Record<string, Format>> = {
  '.html': 'html',
  '.htm': 'html',
  '.md': 'markdown',
  '.markdown': 'markdown',
};

export function formatOf(file: string): Format {
  return FORMATS[path.extname(file).toLowerCase()] ?? 'text';
}

export function buildDocument(file: string, bytes: Buffer): NormalizedDocument {
  const hash = createHash('sha256').update(bytes).digest('hex');
  const { text: original, encoding, replaced } = decode(bytes);
  const format = formatOf(file);
  const cleaning: Record<string, number> = {};
  const html = format === 'html' ? htmlToText(original, cleaning) : undefined;
  const normalized = normalize(html?.tracked ?? trackOriginal(original), format);
  for (const [kind, n] of Object.entries(normalized.cleaning))
    cleaning[kind] = (cleaning[kind] ?? 0) + n;
  const { text } = normalized.tracked;
  if (text.trim() === '')
    throw new DecodeError('no text left after cleaning (only markup or site chrome)');
  const { authors, date, source } = normalized.credits;
  return {
    id: hash.slice(0, 16),
    name: path.basename(file, path.extname(file)),
    file,
    contentHash: hash,
    encoding,
    script: normalized.script,
    meta: { title: readTitle(text) ?? html?.title, date, source, authors },
    original,
    text,
    offsets: toSegments(normalized.tracked),
    sentences: splitSentences(text),
    cleaning,
    ...(replaced?.length ? { replacedBytes: replaced } : {}),
  };
}
