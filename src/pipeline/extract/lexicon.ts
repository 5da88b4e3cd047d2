/**
 * Word lists of `data/lexicon/`: one entry per line or several per line
 * separated by white space, `#` starts a comment. Knowledge lives there, not in code.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { OrganizationLexicon } from './organizations';
import type { EventLexicon } from './events';
import type { ProgramLexicon } from './programs';

export const LEXICON_DIR = path.resolve(__dirname, '../../../data/lexicon');

export function readWordList(name: string, dir = LEXICON_DIR): string[] {
  const words: string[] = [];
  for (const line of readFileSync(path.join(dir, name), 'utf8').split('\n')) {
    const content = line.replace(/#.*/, '').trim();
    if (content) words.push(...content.split(/\s+/));
  }
  return words;
}

/** The lexicons extraction uses, as sets for membership and sorted lists for longest match. */
export interface Lexicon {
  surnames: Set<string>;
  titles: string[];
  roles: string[];
  bylineRoles: string[];
  nameFollowers: Set<string>;
  ambiguousSurnames: Set<string>;
  honorifics: Set<string>;
  nameEndings: string[];
  organizations: OrganizationLexicon;
  events: EventLexicon;
  programs: ProgramLexicon;
}

const longestFirst = (words: string[]) => [...new Set(words)].sort((a, b) => b.length - a.length);

export function loadLexicon(dir = LEXICON_DIR): Lexicon {
  return {
    surnames: new Set(readWordList('surnames.txt', dir)),
    titles: longestFirst(readWordList('titles.txt', dir)),
    roles: longestFirst(readWordList('roles.txt', dir)),
    bylineRoles: longestFirst(readWordList('byline-roles.txt', dir)),
    nameFollowers: new Set(readWordList('name-followers.txt', dir)),
    ambiguousSurnames: new Set(readWordList('ambiguous-surnames.txt', dir)),
    honorifics: new Set(readWordList('honorifics.txt', dir)),
    nameEndings: longestFirst(readWordList('name-endings.txt', dir)),
    organizations: {
      suffixes: longestFirst(readWordList('organization-suffixes.txt', dir)),
      genericLeads: new Set(readWordList('organization-generic-leads.txt', dir)),
      outletEndings: longestFirst(readWordList('outlet-suffixes.txt', dir)),
      leftEdgeWords: longestFirst(readWordList('left-edge-words.txt', dir)),
    },
    events: {
      suffixes: longestFirst(readWordList('event-suffixes.txt', dir)),
      campaignSuffixes: readWordList('event-campaign-suffixes.txt', dir),
      scopes: readWordList('event-campaign-scopes.txt', dir),
      names: longestFirst(readWordList('events.txt', dir)),
    },
    programs: {
      suffixes: longestFirst(readWordList('program-suffixes.txt', dir)),
      markers: longestFirst(readWordList('program-markers.txt', dir)),
      bareSuffixes: longestFirst(readWordList('program-suffixes-bare.txt', dir)),
      verbs: longestFirst(readWordList('program-verbs.txt', dir)),
      generic: new Set(readWordList('program-generic.txt', dir)),
      labelHeads: readWordList('program-label-heads.txt', dir),
    },
  };
}
