/**
 * One loop over `__fixtures__/<scenario>/`: each holds an input report (a noise
 * kind, a metadata shape, a format) and `expected.json` with the normalized
 * lines, the cleaning counts, the metadata and the sentences with their kinds.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { DocumentMeta, NormalizedDocument, Script } from '../../types/document';
import { ingest } from '.';
import { roundTripMismatches } from './__fixtures__/round-trip';

interface Expected {
  script: Script;
  cleaning: Record<string, number>;
  meta: DocumentMeta;
  /** The normalized text, one line a paragraph. */
  text: string[];
  /** `kind: sentence` for every sentence in order. */
  sentences: string[];
}

const ROOT = path.join(__dirname, '__fixtures__');
const scenarios = readdirSync(ROOT).filter((entry) =>
  statSync(path.join(ROOT, entry)).isDirectory(),
);

describe.each(scenarios)('ingest fixture %s', (scenario) => {
  const dir = path.join(ROOT, scenario);
  const expected = JSON.parse(readFileSync(path.join(dir, 'expected.json'), 'utf8')) as Expected;
  let doc: NormalizedDocument;

  beforeAll(async () => {
    const { documents, failures } = await ingest([dir]);
    expect(failures.map((f) => f.message)).toEqual([]);
    expect(documents).toHaveLength(1);
    doc = documents[0];
  });

  it('cleans the input into the expected paragraphs', () => {
    expect(doc.text.split('\n')).toEqual(expected.text);
  });

  it('counts each kind of cleaning it did', () => {
    expect(doc.cleaning).toEqual(expected.cleaning);
    expect(doc.script).toBe(expected.script);
  });

  it('reads title, date, source and authors', () => {
    expect(JSON.parse(JSON.stringify(doc.meta))).toEqual(expected.meta);
  });

  it('splits sentences and marks their kinds', () => {
    expect(doc.sentences.map((s) => `${s.kind}: ${doc.text.slice(s.start, s.end)}`)).toEqual(
      expected.sentences,
    );
    expect(doc.sentences.map((s) => s.index)).toEqual(doc.sentences.map((_, i) => i));
  });

  it('maps every sentence back to the stretch of the original it came from', () => {
    expect(roundTripMismatches(doc)).toEqual([]);
  });
});
