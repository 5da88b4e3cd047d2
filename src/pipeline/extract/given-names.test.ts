/** The given name alone standing for the full name, on sentences written for these tests. */
import { givenNameMentions } from './given-names';
import { loadLexicon } from './lexicon';

const lexicon = loadLexicon();
const nothingTaken = () => false;

function mentions(text: string, names: string[]) {
  return givenNameMentions(text, new Set(names), lexicon, nothingTaken).map((m) => [
    text.slice(m.start, m.end),
    m.name,
  ]);
}

describe('given names standing for a full name', () => {
  it('reads the given name before 同志 or 说 as the full name of the document', () => {
    expect(mentions('郑晓岚作了发言。晓岚同志说，要把工作做实。', ['郑晓岚'])).toEqual([
      ['晓岚', '郑晓岚'],
    ]);
  });

  it('reads nothing where two full names share the given name', () => {
    expect(mentions('晓岚同志说，要把工作做实。', ['郑晓岚', '鲁晓岚'])).toEqual([]);
  });

  it('reads nothing where no cue follows the given name', () => {
    expect(mentions('晓岚的家乡在山里。', ['郑晓岚'])).toEqual([]);
  });

  it('reads nothing where the given name is an everyday word', () => {
    expect(mentions('建国说，要把工作做实。', ['鲁建国'])).toEqual([]);
  });
});
