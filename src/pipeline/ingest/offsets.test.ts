import type { NormalizedDocument } from '../../types/document';
import { toOriginalOffset, toOriginalOffsets, toOriginalSpan, toSegments } from './offsets';
import { applyEdits, trackOriginal } from './tracked-text';

type Located = Pick<NormalizedDocument, 'offsets' | 'text' | 'original'>;

/** A document made by edits on `original`, the way the pipeline makes them. */
function edited(original: string, edits: Parameters<typeof applyEdits>[1]): Located {
  const tracked = applyEdits(trackOriginal(original), edits, {});
  return { original, text: tracked.text, offsets: toSegments(tracked) };
}

describe('provenance segments', () => {
  it('keeps an untouched text as one segment', () => {
    expect(edited('村里开会。', []).offsets).toEqual([[0, 0, 5, 5]]);
  });

  it('skips deleted stretches: a reading in parentheses leaves a gap in the original', () => {
    // 桥(qiáo)头 → 桥头
    const doc = edited('桥(qiáo)头村', [{ start: 1, end: 7, replacement: '' }]);
    expect(doc.text).toBe('桥头村');
    expect(doc.offsets).toEqual([
      [0, 0, 1, 1],
      [1, 7, 2, 2],
    ]);
    expect([0, 1, 2, 3].map((i) => toOriginalOffset(doc, i))).toEqual([0, 7, 8, 9]);
    expect(toOriginalSpan(doc, 0, 3)).toEqual({ start: 0, end: 9 });
    expect(toOriginalSpan(doc, 1, 2)).toEqual({ start: 7, end: 8 });
  });

  it('maps a same-length substitution character by character', () => {
    const doc = edited('鄉村,振興', [
      { start: 0, end: 1, replacement: '乡' },
      { start: 2, end: 3, replacement: '，' },
      { start: 4, end: 5, replacement: '兴' },
    ]);
    expect(doc.text).toBe('乡村，振兴');
    expect(doc.offsets).toEqual([[0, 0, 5, 5]]);
  });

  it('maps a rewritten stretch as a whole to the stretch it replaced', () => {
    const doc = edited('a&amp;b', [{ start: 1, end: 6, replacement: '&' }]);
    expect(doc.offsets).toEqual([
      [0, 0, 1, 1],
      [1, 1, 1, 5],
      [2, 6, 1, 1],
    ]);
    expect(toOriginalSpan(doc, 1, 2)).toEqual({ start: 1, end: 6 });
    expect(toOriginalSpan(doc, 0, 3)).toEqual({ start: 0, end: 7 });
  });

  it('gives an inserted character the position it was inserted at', () => {
    const doc = edited('甲乙', [{ start: 1, end: 1, replacement: '\n' }]);
    expect(doc.text).toBe('甲\n乙');
    expect(toOriginalSpan(doc, 1, 2)).toEqual({ start: 1, end: 1 });
    expect(toOriginalOffset(doc, 2)).toBe(1);
  });

  it('maps the end of the text to the end of what it came from', () => {
    const doc = edited('村里开会。\n\n', [{ start: 5, end: 7, replacement: '' }]);
    expect(toOriginalOffset(doc, doc.text.length)).toBe(5);
    expect(toOriginalSpan(doc, 2, 2)).toEqual({ start: 2, end: 2 });
  });

  it('gives the original offset of every text offset in one walk, as the search for each does', () => {
    const docs = [
      edited('村里开会。', []),
      edited('', []),
      edited('桥(qiáo)头村 a&amp;b 甲乙\n\n', [
        { start: 1, end: 7, replacement: '' },
        { start: 10, end: 15, replacement: '&' },
        { start: 18, end: 18, replacement: '\n' },
        { start: 19, end: 21, replacement: '' },
      ]),
    ];
    for (const doc of docs) {
      const every = [...Array(doc.text.length + 1).keys()].map((i) => toOriginalOffset(doc, i));
      expect([...toOriginalOffsets(doc)]).toEqual(every);
    }
    expect(docs[2].offsets.length).toBeGreaterThan(3);
  });

  it('rejects offsets outside the text', () => {
    const doc = edited('村里', []);
    expect(() => toOriginalOffset(doc, 3)).toThrow(RangeError);
    expect(() => toOriginalOffset(doc, -1)).toThrow(RangeError);
    expect(() => toOriginalSpan(doc, 2, 1)).toThrow(RangeError);
  });

  it('stays compact: one segment per cleaned spot, not per character', () => {
    const original = '长'.repeat(10_000) + '(cháng)' + '长'.repeat(10_000);
    const doc = edited(original, [{ start: 10_000, end: 10_007, replacement: '' }]);
    expect(doc.offsets).toHaveLength(2);
  });
});

describe('applyEdits', () => {
  it('counts each edit under its kind and none for layout edits', () => {
    const counts: Record<string, number> = {};
    applyEdits(
      trackOriginal('返 回\n\n正文'),
      [
        { start: 0, end: 4, replacement: '', kind: 'chrome' },
        { start: 4, end: 5, replacement: '' },
      ],
      counts,
    );
    expect(counts).toEqual({ chrome: 1 });
  });

  it('refuses overlapping edits', () => {
    expect(() =>
      applyEdits(
        trackOriginal('abcdef'),
        [
          { start: 0, end: 3, replacement: '' },
          { start: 2, end: 4, replacement: '' },
        ],
        {},
      ),
    ).toThrow(/overlapping/);
  });
});
