import { mkdtempSync, readdirSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ingest, writeDocuments } from '../ingest';
import { extractCorpus } from './run';

/** Invented reports; the third names bare a program that the first names with its marks. */
const REPORTS: Record<string, string> = {
  'a-report.txt':
    '福建省厦门市思明区开展“山海协作工程”。\n区委书记林晓峰到嘉莲街道调研，强调要把山海协作工程抓实抓细。\n',
  'b-report.txt':
    '2021年，厦门市湖里区成立党员服务中心。\n街道党工委书记陈海燕介绍，党员服务中心全年服务群众三千余人次。\n',
  'c-report.txt': '思明区各社区推进山海协作工程，2022年新建党群服务站十二个。\n',
};

const root = mkdtempSync(path.join(tmpdir(), 'kg-extract-corpus-'));
const reports = path.join(root, 'reports');
mkdirSync(reports);
for (const [name, text] of Object.entries(REPORTS)) writeFileSync(path.join(reports, name), text);

/** Every output file of a run, by name (the work folders are gone by then). */
function outputs(dir: string): Record<string, string> {
  return Object.fromEntries(
    readdirSync(dir).map((f) => [f, readFileSync(path.join(dir, f), 'utf8')] as const),
  );
}

describe('extractCorpus', () => {
  let inThread: Record<string, string>;

  beforeAll(async () => {
    const out = path.join(root, 'in-thread');
    await extractCorpus({ inputs: [reports], out, workers: 0 });
    inThread = outputs(out);
  });

  it('writes documents and one graph per report', () => {
    expect(Object.keys(inThread).sort()).toEqual([
      'a-report.json',
      'b-report.json',
      'c-report.json',
      'documents.jsonl',
    ]);
    const c = JSON.parse(inThread['c-report.json']);
    // The corpus-level pass found in the third report the name the first one marked.
    expect(c.entities.map((e: { name: string }) => e.name)).toContain('山海协作工程');
  });

  it('writes the same outputs from two worker threads as from the calling thread', async () => {
    const out = path.join(root, 'two-workers');
    const summary = await extractCorpus({ inputs: [reports], out, workers: 2 });
    expect(summary.documents).toBe(3);
    expect(outputs(out)).toEqual(inThread);
  });

  it('reads the documents.jsonl of the ingest stage like the reports themselves', async () => {
    const ingested = path.join(root, 'ingested');
    await writeDocuments(ingested, (await ingest([reports])).documents);
    const out = path.join(root, 'from-jsonl');
    await extractCorpus({ inputs: [path.join(ingested, 'documents.jsonl')], out, workers: 0 });
    expect(outputs(out)).toEqual(inThread);
  });

  it('writes a record read from documents.jsonl as it reads, a byte that is not UTF-8 replaced', async () => {
    const ingested = path.join(root, 'ingested-bad-byte');
    const file = await writeDocuments(ingested, (await ingest([reports])).documents);
    const bytes = readFileSync(file);
    const at = bytes.indexOf('"UTF-8"') + '"UTF-8'.length;
    writeFileSync(
      file,
      Buffer.concat([bytes.subarray(0, at), Buffer.from([0xff]), bytes.subarray(at)]),
    );
    const out = path.join(root, 'from-bad-byte');
    await extractCorpus({ inputs: [file], out, workers: 0 });
    const written = readFileSync(path.join(out, 'documents.jsonl'));
    const replaced = inThread['documents.jsonl'].replace('"UTF-8"', '"UTF-8\uFFFD"');
    expect(written).toEqual(Buffer.from(replaced));
  });

  it('tells progress once per document, in order, over more documents than a task takes', async () => {
    const many = path.join(root, 'many');
    mkdirSync(many);
    const names = Array.from({ length: 20 }, (_, i) => `r-${String(i).padStart(2, '0')}`);
    for (const name of names)
      writeFileSync(path.join(many, `${name}.txt`), REPORTS['a-report.txt']);
    const progress: string[] = [];
    const summary = await extractCorpus({
      inputs: [many],
      out: path.join(root, 'many-out'),
      workers: 0,
      onProgress: (pass, done) => progress.push(`${pass} ${done}`),
    });
    const counts = names.map((_, i) => i + 1);
    expect(progress).toEqual([
      ...counts.map((n) => `first ${n}`),
      ...counts.map((n) => `second ${n}`),
    ]);
    expect(summary.graphFiles.map((f) => path.basename(f))).toEqual(names.map((n) => `${n}.json`));
  });

  it('reports an unreadable input and a bad record, and goes on with the rest', async () => {
    const mixed = path.join(root, 'mixed');
    mkdirSync(mixed);
    writeFileSync(path.join(mixed, 'empty.txt'), '');
    writeFileSync(path.join(mixed, 'ok.txt'), REPORTS['a-report.txt']);
    const jsonl = path.join(root, 'broken.jsonl');
    writeFileSync(jsonl, '{"not": "a document"}\n');
    const problems: string[] = [];
    const summary = await extractCorpus({
      inputs: [mixed, jsonl],
      out: path.join(root, 'mixed-out'),
      workers: 0,
      onFailure: (p) => problems.push(p),
    });
    expect(summary).toMatchObject({ documents: 1, failed: 2 });
    expect(problems).toEqual([
      expect.stringMatching(/empty\.txt: .*empty/),
      expect.stringMatching(/broken\.jsonl:1: not a normalized document record/),
    ]);
  });
});
