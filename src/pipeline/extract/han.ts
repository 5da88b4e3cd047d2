/**
 * Han characters by UTF-16 code unit. The name recognizers ask at most offsets of a
 * text whether a Han character stands there; `/\p{Script=Han}/u.test(text[at])` builds
 * a string per character and runs a regex, where the table takes one read.
 */
const table = new Uint8Array(0x10000);
{
  // Every code unit once (surrogates as spaces: alone they are no character), read in runs.
  const units = new Uint16Array(0x10000);
  for (let code = 0; code < units.length; code++)
    units[code] = code >= 0xd800 && code <= 0xdfff ? 0x20 : code;
  const all = new TextDecoder('utf-16le').decode(units);
  for (const run of all.matchAll(/\p{Script=Han}+/gu))
    table.fill(1, run.index, run.index + run[0].length);
}

/** As `/\p{Script=Han}/u.test(text[at])`: false outside the text and at a lone surrogate. */
export function isHanAt(text: string, at: number): boolean {
  return table[text.charCodeAt(at)] === 1;
}
