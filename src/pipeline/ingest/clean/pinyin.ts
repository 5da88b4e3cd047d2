/**
 * Pinyin readings that some sites push between characters: `絡(luò )繹`.
 * Only a parenthesis right after a Han character whose content is pinyin
 * syllables (with tone marks, or toneless but a valid syllable) is a reading;
 * other parentheses (`市縣(區)`, `(WB)`) stay.
 */
import type { Edit } from '../tracked-text';
import { regexEdits } from '../tracked-text';

const TONED = '[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ]';
const LETTER = `(?:[a-zü]|${TONED})`;
const INITIAL = '(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])';
const FINAL =
  '(?:iang|iong|uang|ang|eng|ing|ong|ian|iao|uai|uan|üan|ai|an|ao|ei|en|er|ia|ie|in|iu|ou|ua|ue|üe|ui|un|uo|a|e|i|o|u|ü)';
/** A toneless syllable must be a real one, so that `(de)` goes but `(ok)` stays. */
const TONELESS = `${INITIAL}?${FINAL}`;
const TONED_SYLLABLE = `${LETTER}*${TONED}${LETTER}*`;
const SYLLABLE = `(?:${TONED_SYLLABLE}|${TONELESS})`;

const READING = new RegExp(
  `(?<=\\p{Script=Han})[(（]\\s*${SYLLABLE}(?:\\s+${SYLLABLE})*\\s*[)）]`,
  'gu',
);

export function pinyinEdits(text: string): Edit[] {
  return regexEdits(text, READING, () => '', 'pinyin');
}
