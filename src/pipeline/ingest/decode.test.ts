import iconv from 'iconv-lite';
import { decode, DecodeError, MAX_REPLACED_SHARE, replacedWarning } from './decode';

// Written for these tests: a simplified and a traditional paragraph long enough
// for chardet to be sure, and short lines where it can only guess.
const SIMPLIFIED =
  '柳溪村的党员志愿队每周六上午为独居老人打扫院子、代购药品。' +
  '村党支部书记说，今年还要把服务范围扩大到邻近的两个自然村。\n';
const TRADITIONAL =
  '柳溪村的黨員志願隊每週六上午為獨居老人打掃院子、代購藥品。' +
  '村黨支部書記說，今年還要把服務範圍擴大到鄰近的兩個自然村。\n';

describe('decode', () => {
  it.each([
    ['UTF-8', Buffer.from(SIMPLIFIED, 'utf8'), SIMPLIFIED],
    [
      'UTF-8 BOM',
      Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(SIMPLIFIED)]),
      SIMPLIFIED,
    ],
    ['UTF-16LE', iconv.encode(SIMPLIFIED, 'utf16le', { addBOM: true }), SIMPLIFIED],
    ['UTF-16BE', iconv.encode(SIMPLIFIED, 'utf16be', { addBOM: true }), SIMPLIFIED],
    ['GB18030', iconv.encode(SIMPLIFIED, 'gbk'), SIMPLIFIED],
    ['GB18030', iconv.encode(SIMPLIFIED, 'gb18030'), SIMPLIFIED],
    ['Big5', iconv.encode(TRADITIONAL, 'big5'), TRADITIONAL],
  ])('detects %s and decodes it exactly', (encoding, bytes, text) => {
    expect(decode(bytes)).toEqual({ text, encoding });
  });

  it('tells a short GBK line from a short Big5 one, where chardet cannot', () => {
    expect(decode(iconv.encode('村里开会。', 'gbk'))).toEqual({
      text: '村里开会。',
      encoding: 'GB18030',
    });
    expect(decode(iconv.encode('村裡開會。', 'big5'))).toEqual({
      text: '村裡開會。',
      encoding: 'Big5',
    });
  });

  it('refuses binary data with NUL bytes', () => {
    expect(() => decode(Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x08, 0x00]))).toThrow(
      new DecodeError('binary file (NUL bytes), not text'),
    );
  });

  it('refuses text full of control characters', () => {
    const bytes = Buffer.from('村\u0001\u0002里\u0003\u0004开\u0005\u0006会', 'utf8');
    expect(() => decode(bytes)).toThrow(/binary file \(6 control characters\)/);
  });

  it('refuses bytes that are valid in none of the encodings', () => {
    expect(() => decode(Buffer.from([0xe6, 0x9d, 0x91, 0xff, 0xff, 0xff, 0x80]))).toThrow(
      /undecodable bytes: not valid UTF-8, GB18030 or Big5/,
    );
  });

  it('refuses a UTF-16 byte-order mark followed by broken text', () => {
    expect(() => decode(Buffer.from([0xff, 0xfe, 0x00, 0xd8, 0x41, 0x00]))).toThrow(
      /not valid UTF-16LE despite its byte-order mark/,
    );
  });

  it('refuses a file of whitespace only', () => {
    expect(() => decode(Buffer.from(' \n\u3000\n', 'utf8'))).toThrow(/empty file/);
  });

  describe('a file valid but for a few bytes', () => {
    const utf8 = Buffer.from(SIMPLIFIED, 'utf8');

    it('is read with its cut last character replaced', () => {
      const cut = Buffer.from(SIMPLIFIED + '镇', 'utf8').subarray(0, -1);
      expect(decode(cut)).toEqual({
        text: SIMPLIFIED + '\ufffd',
        encoding: 'UTF-8',
        replaced: [{ offset: utf8.length, bytes: 2 }],
      });
    });

    it('is read with a stray byte replaced, wherever it is', () => {
      const stray = Buffer.concat([utf8.subarray(0, 6), Buffer.from([0xff]), utf8.subarray(6)]);
      expect(decode(stray)).toEqual({
        text: SIMPLIFIED.slice(0, 2) + '\ufffd' + SIMPLIFIED.slice(2),
        encoding: 'UTF-8',
        replaced: [{ offset: 6, bytes: 1 }],
      });
    });

    it('is read in its legacy encoding too (a GBK file cut inside its last character)', () => {
      const gbk = iconv.encode(SIMPLIFIED, 'gbk');
      const cut = iconv.encode(SIMPLIFIED + '镇', 'gbk').subarray(0, -1);
      expect(decode(cut)).toEqual({
        text: SIMPLIFIED + '\ufffd',
        encoding: 'GB18030',
        replaced: [{ offset: gbk.length, bytes: 1 }],
      });
    });

    it('is refused past the share of bad bytes the README states', () => {
      const allowed = Math.max(3, Math.floor(utf8.length * MAX_REPLACED_SHARE));
      const pieces: Buffer[] = [];
      for (let i = 0; i <= allowed; i++)
        pieces.push(utf8.subarray(i * 6, i * 6 + 6), Buffer.from([0xff]));
      pieces.push(utf8.subarray((allowed + 1) * 6));
      expect(() => decode(Buffer.concat(pieces))).toThrow(
        new RegExp(
          `undecodable bytes: .*at least ${allowed + 1} of \\d+ bytes bad; up to ${allowed}`,
        ),
      );
    });

    it('does not make a mostly-ASCII GBK file into UTF-8 with replacements', () => {
      const text = 'Report 2023, page 4: ' + '村委会';
      expect(decode(iconv.encode(text, 'gbk'))).toEqual({ text, encoding: 'GB18030' });
    });

    it('is named in a warning with each run of bad bytes', () => {
      expect(replacedWarning('a/b.txt', [{ offset: 6, bytes: 1 }])).toBe(
        'a/b.txt: 1 undecodable byte replaced by U+FFFD (1 at byte 6)',
      );
      expect(
        replacedWarning('c.txt', [
          { offset: 6, bytes: 1 },
          { offset: 120, bytes: 2 },
        ]),
      ).toBe('c.txt: 3 undecodable bytes replaced by U+FFFD (1 at byte 6, 2 at byte 120)');
    });
  });
});
