/**
 * A full name found in the document stands for its given name written alone
 * (某小平 … 小平同志说): a person's own circle and the press of the time call
 * well-known people by the given name. The bare given name is read as a mention
 * of the full name only where one full name of the document has it, and where a
 * cue after it says it names someone (同志, 说, 表示).
 */
import type { Lexicon } from './lexicon';
import { namesBy, surnameOf, type PersonMention } from './persons';
import { firstWordOf, tagShort } from './segment';
import { occurrences } from './spans';

/** Tags of dictionary words that may be given names (jieba's names, strings it does not know). */
const NAME_TAGS = /^(nr|nrfg|x)$/;

export function givenNameMentions(
  text: string,
  names: Set<string>,
  lexicon: Pick<Lexicon, 'surnames' | 'nameEndings' | 'honorifics'>,
  isTaken: (start: number, end: number) => boolean,
): PersonMention[] {
  const byGiven = namesBy(names, (name) => {
    const given = name.slice(surnameOf(name, lexicon.surnames).length);
    return given.length === 2 && isNameLike(given) ? given : undefined;
  });
  const found: PersonMention[] = [];
  for (const [given, [name, ...others]] of byGiven) {
    if (others.length) continue;
    for (const at of occurrences(text, given)) {
      const end = at + given.length;
      if (isTaken(at, end) || !namedAfter(text, end, lexicon)) continue;
      found.push({ start: at, end, name });
    }
  }
  return found;
}

/** A given name that is no everyday word (建国 and 红旗 are words too). */
function isNameLike(given: string): boolean {
  return firstWordOf(given) !== given || NAME_TAGS.test(tagShort(given)[0]?.tag ?? '');
}

function namedAfter(
  text: string,
  end: number,
  lexicon: Pick<Lexicon, 'nameEndings' | 'honorifics'>,
): boolean {
  const next2 = text.slice(end, end + 2);
  return (
    lexicon.nameEndings.some((w) => text.startsWith(w, end)) ||
    (next2.length === 2 && lexicon.honorifics.has(next2))
  );
}
