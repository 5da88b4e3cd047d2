/** The word lists of data/lexicon/ the relation finders use, read once per process. */
import { readWordList } from '../lexicon';
import type { BylineLexicon } from './bylines';
import type { CooperationLexicon } from './cooperation';
import type { FactLexicon } from './facts';
import type { ImplementsLexicon } from './implements';
import type { LocationLexicon } from './locations';
import type { ParticipationLexicon } from './participation';
import type { PostLexicon } from './posts';
import type { TimelineLexicon } from './timeline';
import type { VisitLexicon } from './visits';

export type RelationLexicon = PostLexicon &
  BylineLexicon &
  LocationLexicon &
  CooperationLexicon &
  VisitLexicon &
  ParticipationLexicon &
  TimelineLexicon &
  ImplementsLexicon &
  FactLexicon;

const longestFirst = (words: string[]) => [...new Set(words)].sort((a, b) => b.length - a.length);

let shared: RelationLexicon | undefined;

export function loadRelationLexicon(): RelationLexicon {
  shared ??= {
    titles: longestFirst(readWordList('titles.txt')),
    prefixes: longestFirst(readWordList('title-prefixes.txt')),
    delegateWords: longestFirst(readWordList('delegate-words.txt')),
    suffixedOrgans: readWordList('suffixed-organs.txt'),
    ...postWords(),
    bylineRoles: longestFirst(readWordList('byline-roles.txt')),
    outletSuffixes: readWordList('outlet-suffixes.txt'),
    congressMarkers: readWordList('congress-markers.txt'),
    participationVerbs: readWordList('participation-verbs.txt'),
    cues: longestFirst(readWordList('cooperation-cues.txt')),
    visitVerbs: readWordList('visit-verbs.txt'),
    programVerbs: readWordList('program-verbs.txt'),
    heldVerbs: longestFirst(readWordList('held-verbs.txt')),
    locatedVerbs: longestFirst(readWordList('located-verbs.txt')),
    units: longestFirst(readWordList('fact-units.txt')),
    ...approxWords(),
    leadWords: longestFirst(readWordList('fact-lead-words.txt')),
    levelWords: labelledLists('fact-level-words.txt'),
    kinWords: readWordList('fact-kin-words.txt'),
  };
  return shared;
}

/** fact-approx.txt holds two lists, "before:" and "after:" the number. */
function approxWords(): { approxBefore: string[]; approxAfter: string[] } {
  const words = readWordList('fact-approx.txt');
  const split = words.indexOf('after:');
  return {
    approxBefore: longestFirst(words.slice(1, split)),
    approxAfter: longestFirst(words.slice(split + 1)),
  };
}

/**
 * post-status.txt and post-verbs.txt hold labelled lists ("former:", "take-up:"):
 * each label names the list of the words after it.
 */
function labelledLists(name: string): Map<string, string[]> {
  const lists = new Map<string, string[]>();
  let label = '';
  for (const word of readWordList(name)) {
    if (word.endsWith(':')) label = word.slice(0, -1);
    else lists.set(label, [...(lists.get(label) ?? []), word]);
  }
  return lists;
}

function postWords(): Pick<
  RelationLexicon,
  'statusCues' | 'postVerbs' | 'takeUpVerbs' | 'organizationKinds'
> {
  const statuses = labelledLists('post-status.txt');
  const verbs = labelledLists('post-verbs.txt');
  const takeUp = verbs.get('take-up') ?? [];
  return {
    statusCues: (['former', 'designate', 'current'] as const).flatMap((status) =>
      (statuses.get(status) ?? []).map((word) => ({ word, status })),
    ),
    postVerbs: longestFirst([...takeUp, ...(verbs.get('other') ?? [])]),
    takeUpVerbs: new Set(takeUp),
    organizationKinds: longestFirst(readWordList('organization-suffixes.txt')),
  };
}
