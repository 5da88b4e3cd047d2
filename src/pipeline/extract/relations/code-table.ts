/**
 * Sets of characters read by UTF-16 code unit: asked at every character of a
 * sentence, where `text[at]` would build a string per character.
 */
const tables = new Map<string, Uint8Array>();

/** A table by code unit, 1 at the codes of `chars`; one per string, built on first use. */
export function codeTable(chars: string): Uint8Array {
  let table = tables.get(chars);
  if (!table) {
    table = new Uint8Array(0x10000);
    for (let i = 0; i < chars.length; i++) table[chars.charCodeAt(i)] = 1;
    tables.set(chars, table);
  }
  return table;
}
