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
  /** 记者, 本报记者, 通讯员, 作者, 编辑, 责任编辑, 拍友, 摄, … */
  role: string;
  /** What the credit says the person did, when it says so after the name: 摄, 整理, … */
  task?: string;
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
 * When both lengths are equal the mapping is character by character; otherwise
 * the whole text range came from the whole original range (a rewritten span).
 * Segments are sorted by `textStart` and cover the whole text; the original
 * characters between segments are the ones cleaning removed.
 */
export type OffsetSegment = [
  textStart: number,
  originalStart: number,
  length: number,
  originalLength: number,
];

export type Script = 'simplified' | 'traditional';

export interface NormalizedDocument {
  /** Stable id from the content (a hash of the original bytes, shortened). */
  id: string;
  /** The file's base name without extension: names the per-document output (`<name>.json`). */
  name: string;
  /** Path of the source file as given. */
  file: string;
  /** sha256 of the original bytes. */
  contentHash: string;
  /** The detected encoding of the bytes: UTF-8, UTF-8 BOM, UTF-16LE, UTF-16BE, GB18030, Big5. */
  encoding: string;
  /** The script the document was written in; `text` is always simplified. */
  script: Script;
  meta: DocumentMeta;
  /** The decoded file content, unchanged (for HTML: the markup). */
  original: string;
  /** Cleaned, simplified text: one paragraph a line. */
  text: string;
  offsets: OffsetSegment[];
  sentences: Sentence[];
  /** What the cleaning removed or changed, counted by kind (pinyin, chrome, duplicate, …). */
  cleaning: Record<string, number>;
  /** Runs of bytes that did not decode (a file cut short, a stray byte), each replaced by U+FFFD. */
  replacedBytes?: ByteRun[];
}

/** A run of bytes of a file: where it starts (byte offset) and how many bytes. */
export interface ByteRun {
  offset: number;
  bytes: number;
}
