import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { JsonlAppender, Span, appendLines, copyLines, lineSpans, readSpan } from './jsonl-spans';

const dir = mkdtempSync(path.join(tmpdir(), 'kg-spans-'));

async function collect(file: string): Promise<Span[]> {
  const spans: Span[] = [];
  for await (const span of lineSpans(file)) spans.push(span);
  return spans;
}

describe('JSON lines by span', () => {
  const records = [{ text: '林晓峰在思明区调研' }, { n: 1 }, { text: '“山海协作”' }];

  it('reads back each appended line by its span, multi-byte text included', async () => {
    const file = path.join(dir, 'appended.jsonl');
    const appender = await JsonlAppender.open(file);
    const spans: Span[] = [];
    for (const r of records) spans.push(await appender.append(JSON.stringify(r)));
    await appender.close();
    expect(spans.map((s) => JSON.parse(readSpan(file, s)))).toEqual(records);
  });

  it('finds the spans of the non-blank lines of a file', async () => {
    const file = path.join(dir, 'written.jsonl');
    writeFileSync(file, `${JSON.stringify(records[0])}\n\n  \n${JSON.stringify(records[1])}`);
    const spans = await collect(file);
    expect(spans.map((s) => JSON.parse(readSpan(file, s)))).toEqual(records.slice(0, 2));
  });

  it('finds lines longer than the chunks the file is read in, and blank ones among them', async () => {
    const file = path.join(dir, 'long.jsonl');
    const long = { text: '某'.repeat(100_000) };
    const blank = ' '.repeat(70_000);
    writeFileSync(
      file,
      `${JSON.stringify(long)}\n${blank}\r\n${JSON.stringify(records[1])}\n${blank}`,
    );
    const spans = await collect(file);
    expect(spans.map((s) => JSON.parse(readSpan(file, s)))).toEqual([long, records[1]]);
  });

  it('says which file ends too early for a span', () => {
    const file = path.join(dir, 'short.jsonl');
    writeFileSync(file, '{}\n');
    expect(() => readSpan(file, { offset: 0, length: 50 })).toThrow(/short\.jsonl: ends before/);
  });

  it('appends lines to a file that already has some, and reads each back by its span', () => {
    const file = path.join(dir, 'spool.jsonl');
    writeFileSync(file, '{"earlier": true}\n');
    const spans = appendLines(
      file,
      records.slice(0, 2).map((r) => JSON.stringify(r)),
    );
    spans.push(...appendLines(file, [JSON.stringify(records[2])]));
    expect(spans.map((s) => JSON.parse(readSpan(file, s)))).toEqual(records);
  });

  it('copies lines from several files, in the order given, byte for byte', async () => {
    const read = path.join(dir, 'read.jsonl');
    // A carriage return and a byte that is not UTF-8 belong to their lines.
    writeFileSync(read, Buffer.from('{"a":1}\r\n\n{"b":"\xff"}\n{"c":3}\n{"d":4}', 'latin1'));
    const [a, b, c, d] = await collect(read);
    const spool = path.join(dir, 'spooled.jsonl');
    const [e] = appendLines(spool, ['{"e":"某"}']);
    const to = path.join(dir, 'copied.jsonl');
    await copyLines(
      [
        { file: read, span: b },
        { file: read, span: c },
        { file: spool, span: e },
        { file: read, span: a },
        { file: read, span: d },
      ],
      to,
    );
    expect(readFileSync(to)).toEqual(
      Buffer.concat([
        Buffer.from('{"b":"\xff"}\n{"c":3}\n', 'latin1'),
        Buffer.from('{"e":"某"}\n'),
        Buffer.from('{"a":1}\r\n{"d":4}\n'),
      ]),
    );
  });
});
