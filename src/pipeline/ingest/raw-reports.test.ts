/**
 * The five sample reports of data/raw/, scraped with real noise: after ingest
 * no visible noise is left, nothing with a name in it is lost, and every
 * sentence still maps back to its place in the scraped original.
 */
import path from 'node:path';
import type { NormalizedDocument } from '../../types/document';
import { ingest } from '.';
import { roundTripMismatches } from './__fixtures__/round-trip';
import { containsSentenceEnd, endsComplete } from './chars';
import { detectScript } from './script';

const RAW = path.join(__dirname, '../../../data/raw');
let docs: Record<string, NormalizedDocument>;

beforeAll(async () => {
  const { documents, failures } = await ingest([RAW]);
  expect(failures).toEqual([]);
  // Reports are known by their number: 000 … 004.
  docs = Object.fromEntries(documents.map((d) => [d.name.slice(0, 3), d]));
});

const all = () => Object.values(docs);
const lines = (doc: NormalizedDocument) => doc.text.split('\n');
const kindCount = (doc: NormalizedDocument, kind: string) =>
  doc.sentences.filter((s) => s.kind === kind).length;

describe('ingest of the sample reports', () => {
  it('reads all five', () => {
    expect(Object.keys(docs).sort()).toEqual(['000', '001', '002', '003', '004']);
  });

  it('leaves no pinyin reading in parentheses', () => {
    for (const doc of all())
      expect(doc.text).not.toMatch(/[(（]\s*[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\s*[)）]/);
    expect(docs['004'].cleaning.pinyin).toBe(357);
  });

  it('leaves no site chrome', () => {
    for (const doc of all()) {
      expect(doc.text).not.toMatch(
        /^返\s*回$|当前位置|Produced By|ICP备|版权所有|扫一扫|使用手机|关于我们/m,
      );
      expect(doc.text).not.toMatch(/^>/m);
    }
    expect(all().map((d) => d.cleaning.chrome ?? 0)).toEqual([0, 1, 1, 3, 3]);
  });

  it('leaves no repeated paragraph or sentence', () => {
    for (const doc of all()) {
      const long = doc.sentences
        .filter((s) => s.kind === 'body' && s.end - s.start >= 15)
        .map((s) => doc.text.slice(s.start, s.end));
      expect(long.filter((s, i) => long.indexOf(s) !== i)).toEqual([]);
    }
    expect(docs['002'].cleaning.duplicate).toBe(1);
  });

  it('leaves no paragraph cut in the middle of a sentence', () => {
    for (const doc of all()) {
      const cut = lines(doc).filter((line) => containsSentenceEnd(line) && !endsComplete(line));
      expect(cut).toEqual([]);
    }
    expect(docs['000'].cleaning.linebreak).toBe(6);
    expect(docs['002'].cleaning.linebreak).toBe(3);
  });

  it('leaves no spaces inside Chinese prose', () => {
    for (const doc of all()) {
      const spaced = doc.sentences
        .filter((s) => s.kind === 'body' || s.kind === 'caption')
        .map((s) => doc.text.slice(s.start, s.end))
        .filter((s) => /\p{Script=Han}[\s\u3000]+\p{Script=Han}/u.test(s));
      expect(spaced).toEqual([]);
    }
  });

  it('turns the traditional report into simplified text, and only that one', () => {
    expect(all().map((d) => d.script)).toEqual([
      'simplified',
      'simplified',
      'simplified',
      'simplified',
      'traditional',
    ]);
    expect(detectScript(docs['004'].text)).toBe('simplified');
    expect(docs['004'].text).not.toMatch(/[黨們與為這條會對說]/);
    for (const doc of all().slice(0, 4)) expect(doc.cleaning.script).toBeUndefined();
  });

  it('uses Chinese punctuation between Chinese characters', () => {
    for (const doc of all()) expect(doc.text).not.toMatch(/\p{Script=Han}[,;:?!]\p{Script=Han}/u);
  });

  it('keeps bylines and photo captions, marked as such', () => {
    expect(all().map((d) => [kindCount(d, 'byline'), kindCount(d, 'caption')])).toEqual([
      [5, 3],
      [3, 0],
      [10, 6],
      [2, 0],
      [0, 0],
    ]);
  });

  it('reads dates, sources, titles and authors where the report states them', () => {
    expect(all().map((d) => d.meta.date)).toEqual([
      undefined,
      '2022-06-23',
      undefined,
      '2022-09-30',
      undefined,
    ]);
    expect(all().map((d) => d.meta.source !== undefined)).toEqual([
      false,
      true,
      false,
      true,
      false,
    ]);
    expect(all().map((d) => d.meta.title !== undefined)).toEqual([true, true, true, true, false]);
    expect(all().map((d) => d.meta.authors.length)).toEqual([12, 2, 14, 2, 0]);
  });

  it('maps every sentence back to its place in the scraped original', () => {
    for (const doc of all()) expect(roundTripMismatches(doc)).toEqual([]);
  });
});
