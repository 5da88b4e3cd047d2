/**
 * JSON lines addressed by byte span, so that a record written once can be read
 * back alone (by any thread) without holding the file, or the corpus, in memory.
 */
import { createReadStream, promises as fs, openSync, readSync, closeSync } from 'node:fs';

/** Where one line sits in its file, without the newline. */
export interface Span {
  offset: number;
  length: number;
}

/** Written lines are buffered up to this size, so that small records cost few system calls. */
const FLUSH_BYTES = 1 << 20;

/**
 * Appends lines to a file and tells where each one went. Lines are buffered:
 * read their spans back once the appender is closed.
 */
export class JsonlAppender {
  private position = 0;
  private buffered: Buffer[] = [];
  private bufferedBytes = 0;

  private constructor(
    readonly file: string,
    private readonly handle: fs.FileHandle,
  ) {}

  /** Opens `file` for writing, emptying it. */
  static async open(file: string): Promise<JsonlAppender> {
    return new JsonlAppender(file, await fs.open(file, 'w'));
  }

  /** Appends one line (a JSON text without newlines) and returns its span. */
  async append(line: string): Promise<Span> {
    const bytes = Buffer.from(line + '\n', 'utf8');
    const span = { offset: this.position, length: bytes.length - 1 };
    this.position += bytes.length;
    this.buffered.push(bytes);
    this.bufferedBytes += bytes.length;
    if (this.bufferedBytes >= FLUSH_BYTES) await this.flush();
    return span;
  }

  private async flush(): Promise<void> {
    const chunk = Buffer.concat(this.buffered);
    this.buffered = [];
    this.bufferedBytes = 0;
    await this.handle.write(chunk);
  }

  async close(): Promise<void> {
    try {
      await this.flush();
    } finally {
      await this.handle.close();
    }
  }
}

/** The text of one line. Synchronous: it runs in worker threads, one record at a time. */
export function readSpan(file: string, span: Span): string {
  const buffer = Buffer.alloc(span.length);
  const fd = openSync(file, 'r');
  try {
    let read = 0;
    while (read < span.length) {
      const n = readSync(fd, buffer, read, span.length - read, span.offset + read);
      if (n === 0) throw new Error(`${file}: ends before byte ${span.offset + span.length}`);
      read += n;
    }
  } finally {
    closeSync(fd);
  }
  return buffer.toString('utf8');
}

/** The spans of the non-blank lines of a file, read as a stream. */
export async function* lineSpans(file: string): AsyncGenerator<Span> {
  let lineStart = 0;
  let position = 0;
  let blank = true;
  // Newlines found by `indexOf` (native); a line's bytes are looked at only until
  // one is not white space: the main thread reads a whole corpus this way.
  for await (const chunk of createReadStream(file) as AsyncIterable<Buffer>) {
    for (let at = 0; at < chunk.length;) {
      const newline = chunk.indexOf(0x0a, at);
      const end = newline < 0 ? chunk.length : newline;
      for (let i = at; blank && i < end; i++) {
        const byte = chunk[i];
        if (byte !== 0x20 && byte !== 0x0d && byte !== 0x09) blank = false;
      }
      position += end - at;
      if (newline < 0) break;
      if (!blank) yield { offset: lineStart, length: position - lineStart };
      position++;
      lineStart = position;
      blank = true;
      at = newline + 1;
    }
  }
  if (!blank) yield { offset: lineStart, length: position - lineStart };
}
