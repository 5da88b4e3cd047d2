import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { JsonlAppender, Span, lineSpans, readSpan } from './jsonl-spans';

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
});
