/**
 * The record the ingest stage writes (one JSON line per document) and the
 * extraction stage reads.
 */

export type SentenceKind = 'title' | 'body' | 'byline' | 'caption';

export interface Sentence {
  index: number;
  /** Offsets into the normalized `text`, end exclusive. */
  start: number;
  end: number;
  kind: SentenceKind;
}

export interface Author {
  name: string;
  /** 记者, 通讯员, 作者, 编辑, 摄, … */
  role: string;
}

export interface DocumentMeta {
  title?: string;
  /** ISO date (YYYY-MM-DD) when the document states one. */
  date?: string;
  source?: string;
  authors: Author[];
}

/**
 * Maps normalized text back to the original: each segment says that
 * `text[textStart .. textStart+length)` came from
 * `original[originalStart .. originalStart+originalLength)`.
 * Segments are sorted by `textStart` and cover the whole text.
 */
export type OffsetSegment = [
  textStart: number,
  originalStart: number,
  length: number,
  originalLength: number,
];

export interface NormalizedDocument {
  /** Stable id from the content (a hash of the original bytes, shortened). */
  id: string;
  /** The file's base name without extension: names the per-document output (`<name>.json`). */
  name: string;
  /** Path of the source file as given. */
  file: string;
  /** sha256 of the original bytes. */
  contentHash: string;
  encoding: string;
  script: 'simplified' | 'traditional';
  meta: DocumentMeta;
  original: string;
  text: string;
  offsets: OffsetSegment[];
  sentences: Sentence[];
  /** What the cleaning removed or changed, counted by kind. */
  cleaning: Record<string, number>;
}
