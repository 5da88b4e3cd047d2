import { decodeUtf8 } from './utf8';

describe('decodeUtf8', () => {
  it.each([
    ['an empty buffer', ''],
    ['ASCII', '{"doc":"a","n":1}'],
    ['Chinese text', '某县召开党员大会，党员184名参加'],
    ['characters outside the basic plane', '𠀀𪚥 😀'],
    ['a byte order mark and a NUL', '\uFEFFa\u0000b'],
  ])('reads %s as toString does', (_, text) => {
    const bytes = Buffer.from(text, 'utf8');
    expect(decodeUtf8(bytes)).toBe(text);
  });

  it('reads invalid bytes as U+FFFD, as toString does', () => {
    const bytes = Buffer.from([0x61, 0xff, 0x62, 0xe4, 0xb8]);
    expect(decodeUtf8(bytes)).toBe(bytes.toString('utf8'));
    expect(decodeUtf8(bytes)).toBe('a\uFFFDb\uFFFD');
  });
});
