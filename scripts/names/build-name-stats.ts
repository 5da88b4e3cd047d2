/**
 * Builds data/names/name-stats.tsv, the character statistics of the person-name
 * recognizer, from general sources only: jieba's own dictionary (its words tagged
 * `nr`, and every word's frequency for how common a character is in running text)
 * and the surname list of data/lexicon/surnames.txt.
 *
 *   npx tsx scripts/names/build-name-stats.ts
 *
 * Output, one row per character or surname, weights as natural logarithms:
 *   S <surname> <weight>   how often a dictionary word starting with the surname is a name
 *   G <char> <weight>      how much likelier the character is in a given name than in text
 *   W <word>               a two-character word tagged nr, frequent enough to be an everyday word
 *                          (楼宇, 苗木): names are rare words in jieba's dictionary
 *   T <char> <weight>      how much likelier the character is in a transliterated name (jieba's
 *                          words tagged nrt) than in text
 */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '../..');
const DICT = path.join(ROOT, 'node_modules/nodejieba/submodules/cppjieba/dict/jieba.dict.utf8');
const SURNAMES = path.join(ROOT, 'data/lexicon/surnames.txt');
const OUT = path.join(ROOT, 'data/names/name-stats.tsv');

const surnames = new Set(
  readFileSync(SURNAMES, 'utf8')
    .split('\n')
    .map((l) => l.replace(/#.*/, '').trim())
    .filter(Boolean),
);

const givenCounts = new Map<string, number>();
const textCounts = new Map<string, number>();
const namesBySurname = new Map<string, number>();
const wordsBySurname = new Map<string, number>();
const everydayWords: string[] = [];
/** jieba's frequency from which a word tagged nr is taken for an everyday word. */
const EVERYDAY_FREQUENCY = 20;
const foreignCounts = new Map<string, number>();
let foreignTotal = 0;
let givenTotal = 0;
let textTotal = 0;
const bump = (m: Map<string, number>, k: string, by = 1) => m.set(k, (m.get(k) ?? 0) + by);

for (const line of readFileSync(DICT, 'utf8').split('\n')) {
  const [word, freqText, tag] = line.split(' ');
  if (!word || !tag) continue;
  const chars = [...word];
  const freq = Number(freqText);
  for (const ch of chars) bump(textCounts, ch, freq);
  textTotal += freq * chars.length;
  if (tag === 'nrt' && chars.length >= 2) {
    for (const ch of chars) bump(foreignCounts, ch);
    foreignTotal += chars.length;
  }
  const surname = [chars.slice(0, 2).join(''), chars[0]].find((s) => surnames.has(s));
  if (!surname) continue;
  const given = chars.slice([...surname].length);
  // Words made of a surname and one or two more characters: names when tagged nr.
  if (given.length < 1 || given.length > 2) continue;
  bump(wordsBySurname, surname, Math.log1p(freq));
  if (tag === 'nr' && chars.length === 2 && freq >= EVERYDAY_FREQUENCY) everydayWords.push(word);
  if (tag !== 'nr' || given.length !== 2) continue;
  bump(namesBySurname, surname, Math.log1p(freq));
  for (const ch of given) {
    bump(givenCounts, ch);
    givenTotal++;
  }
}

const rows: string[] = [];
for (const s of [...surnames].sort()) {
  const names = namesBySurname.get(s) ?? 0;
  const words = wordsBySurname.get(s) ?? 0;
  rows.push(`S\t${s}\t${Math.log((names + 1) / (words + 2)).toFixed(3)}`);
}
const vocabulary = textCounts.size;
for (const [ch, n] of [...givenCounts].sort((a, b) => b[1] - a[1])) {
  if (n < 2) continue;
  const inNames = (n + 0.5) / (givenTotal + 0.5 * vocabulary);
  const inText = ((textCounts.get(ch) ?? 0) + 1) / (textTotal + vocabulary);
  rows.push(`G\t${ch}\t${Math.log(inNames / inText).toFixed(3)}`);
}
for (const [ch, n] of [...foreignCounts].sort((a, b) => b[1] - a[1])) {
  if (n < 3) continue;
  const inNames = (n + 0.5) / (foreignTotal + 0.5 * vocabulary);
  const inText = ((textCounts.get(ch) ?? 0) + 1) / (textTotal + vocabulary);
  rows.push(`T\t${ch}\t${Math.log(inNames / inText).toFixed(3)}`);
}
for (const word of everydayWords) rows.push(`W\t${word}`);
mkdirSync(path.dirname(OUT), { recursive: true });
writeFileSync(
  OUT,
  '# Built by scripts/names/build-name-stats.ts from jieba.dict.utf8 and surnames.txt.\n' +
    rows.join('\n') +
    '\n',
);
console.log(`${rows.length} rows → ${path.relative(ROOT, OUT)}`);
