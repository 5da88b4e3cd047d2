/**
 * JSON lines addressed by byte span, so that a record written once can be read
 * back alone (by any thread) without holding the file, or the corpus, in memory.
 */
import {
  closeSync,
  createReadStream,
  fstatSync,
  promises as fs,
  openSync,
  readSync,
  writeSync,
} from 'node:fs';
import { decodeUtf8 } from './utf8';

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

/** A line of some file: where a record was written, or where it was read from. */
export interface LineAt {
  file: string;
  span: Span;
}

function readFully(fd: number, file: string, buffer: Buffer, offset: number): void {
  let read = 0;
  while (read < buffer.length) {
    const n = readSync(fd, buffer, read, buffer.length - read, offset + read);
    if (n === 0) throw new Error(`${file}: ends before byte ${offset + buffer.length}`);
    read += n;
  }
}

/** The bytes of one line. Synchronous: it runs in worker threads, one record at a time. */
export function readSpanBytes(file: string, span: Span): Buffer {
  const buffer = Buffer.alloc(span.length);
  const fd = openSync(file, 'r');
  try {
    readFully(fd, file, buffer, span.offset);
  } finally {
    closeSync(fd);
  }
  return buffer;
}

/** The text of one line. */
export function readSpan(file: string, span: Span): string {
  return decodeUtf8(readSpanBytes(file, span));
}

/**
 * Appends lines to a file that only the calling thread writes (a worker's spool),
 * synchronously, and tells where each one went.
 */
export function appendLines(file: string, lines: string[]): Span[] {
  const fd = openSync(file, 'a');
  try {
    let offset = fstatSync(fd).size;
    const spans = lines.map((line) => {
      const span = { offset, length: Buffer.byteLength(line) };
      offset += span.length + 1;
      return span;
    });
    writeSync(fd, lines.join('\n') + '\n');
    return spans;
  } finally {
    closeSync(fd);
  }
}

/**
 * Lines copied from wherever they are into one new file, in order, as bytes. The
 * lines are as `lineSpans` and `appendLines` tell them: the byte after each is its
 * newline, so consecutive lines of one file are copied as one run.
 */
export async function copyLines(lines: Iterable<LineAt>, to: string): Promise<void> {
  const out = await fs.open(to, 'w');
  const sources = new Map<string, number>();
  const chunk = Buffer.allocUnsafe(1 << 20);
  let run: { file: string; offset: number; end: number } | undefined;
  const copyRun = async () => {
    if (!run) return;
    let fd = sources.get(run.file);
    if (fd === undefined) sources.set(run.file, (fd = openSync(run.file, 'r')));
    for (let at = run.offset; at < run.end; at += chunk.length) {
      const part = chunk.subarray(0, Math.min(chunk.length, run.end - at));
      readFully(fd, run.file, part, at);
      await out.write(part);
    }
    await out.write('\n');
  };
  try {
    for (const { file, span } of lines) {
      if (run?.file === file && run.end + 1 === span.offset) run.end += 1 + span.length;
      else {
        await copyRun();
        run = { file, offset: span.offset, end: span.offset + span.length };
      }
    }
    await copyRun();
  } finally {
    for (const fd of sources.values()) closeSync(fd);
    await out.close();
  }
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
