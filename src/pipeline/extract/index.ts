/**
 * Extraction stage: a normalized document in, its graph in the spec's format out.
 * Recognizers each find one kind of mention; `assemble` turns mentions into
 * entities with canonical names, aliases and evidence.
 */
import type { NormalizedDocument } from '../../types/document';
import type { DocumentGraph, EntityType, PlaceType } from '../../types/graph';
import { PLACE_TYPES } from '../../types/graph';
import { Gazetteer, loadGazetteer } from '../../gazetteer/gazetteer';
import { Lexicon, loadLexicon, readWordList } from './lexicon';
import { linkPlaces } from './link-places';
import { PlaceLexicon, PlaceMention, findPlaces } from './places';
import { PersonFinder, repeatMentions, shortFormMentions } from './persons';
import { givenNameMentions } from './given-names';
import { FreeNameFinder, loadNameStats } from './person-names';
import { whiteSpaceBreaks } from './breaks';
import { OutletFinder } from './outlets';
import { addWords, tagWords } from './segment';
import { findOrganizations } from './organizations';
import { anyMarked, keepOutermost } from './spans';
import { findEvents } from './events';
import { findPrograms } from './programs';
import { findYears } from './years';
import { EntityMention, assembleEntities } from './assemble';
import { indexOfWords } from './word-index';

export interface Resources {
  gazetteer: Gazetteer;
  lexicon: Lexicon;
  places: PlaceLexicon;
  freeNames: FreeNameFinder;
  outlets: OutletFinder;
}

let shared: Resources | undefined;

/**
 * jieba's user dictionary, generated from data: post and role words, the suffixes
 * of organizations, events and programs, and the names of provinces, cities,
 * counties and towns, so that they come out as whole words. (Village names, over
 * 600,000 of them, are matched against the gazetteer directly instead.)
 */
function teachJieba(gazetteer: Gazetteer, lexicon: Lexicon): void {
  addWords([...lexicon.titles, ...lexicon.roles, ...lexicon.bylineRoles]);
  addWords(gazetteer.names(['Province', 'City', 'County']), 'ns');
}

/** The names of provinces, cities, counties and towns without their suffix (金华, 黄岩). */
function placeBases(gazetteer: Gazetteer): (name: string) => boolean {
  const bases = new Set(
    gazetteer
      .names(['Province', 'City', 'County', 'Township'])
      .map((n) => n.replace(/(自治县|自治州|街道|省|市|县|区|镇|乡)$/, '')),
  );
  return (name) => bases.has(name);
}

/** Loads the gazetteer and lexicons once per process (the gazetteer takes seconds). */
export function loadResources(): Resources {
  if (shared) return shared;
  const gazetteer = loadGazetteer();
  const lexicon = loadLexicon();
  const nameRoles = readWordList('name-roles.txt');
  teachJieba(gazetteer, lexicon);
  shared = {
    gazetteer,
    lexicon,
    places: {
      stopwords: new Set(readWordList('place-stopwords.txt')),
      determiners: new Set(readWordList('place-determiners.txt')),
      organWords: readWordList('place-organs.txt'),
      leftEdgeWords: lexicon.organizations.leftEdgeWords,
      villageEvidence: readWordList('village-evidence.txt'),
      nameSuffixes: [
        ...lexicon.organizations.suffixes,
        ...readWordList('place-institution-endings.txt'),
      ],
      regionWords: readWordList('place-region-words.txt'),
    },
    freeNames: new FreeNameFinder(loadNameStats(), {
      ...lexicon,
      notNameEnds: new Set(readWordList('not-name-ends.txt')),
      announcers: [...lexicon.titles, ...lexicon.roles, ...lexicon.bylineRoles, ...nameRoles],
      postsAfter: [...lexicon.titles, ...nameRoles],
      placePrepositions: readWordList('name-place-prepositions.txt'),
      placeBefore: readWordList('name-place-before.txt'),
      placeAfter: readWordList('name-place-after.txt'),
      placeEvents: readWordList('name-place-events.txt'),
      isPlaceBase: placeBases(gazetteer),
    }),
    outlets: new OutletFinder(readWordList('outlet-suffixes.txt'), lexicon.bylineRoles),
  };
  return shared;
}

/** Index of the sentence holding each offset of the text. */
export function sentenceLocator(doc: NormalizedDocument): (offset: number) => number {
  const starts = doc.sentences.map((s) => s.start);
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return doc.sentences[lo]?.index ?? 0;
  };
}

export function extractDocument(
  doc: NormalizedDocument,
  resources: Resources = loadResources(),
): DocumentGraph {
  const { text } = doc;
  const sentenceOf = sentenceLocator(doc);
  const mentions: EntityMention[] = [];
  const add = (
    type: EntityType,
    start: number,
    end: number,
    name: string,
    adminCode?: string,
    former?: string,
  ) =>
    mentions.push({ type, start, end, surface: text.slice(start, end), name, adminCode, former });

  const organWords = resources.places.organWords;
  const standsAlone = (m: PlaceMention) =>
    !/\p{Script=Han}/u.test(text[m.end] ?? '。') ||
    organWords.some((w) => text.startsWith(w, m.end));
  const tagged = tagWords(text);
  const found = findPlaces(text, resources.gazetteer, tagged, resources.places);
  const places = linkPlaces(found, sentenceOf, standsAlone);
  const covered = new Uint8Array(text.length + 1);
  for (const p of places) {
    covered.fill(1, p.mention.start, p.mention.end);
    add(p.type, p.mention.start, p.mention.end, p.name, p.adminCode, p.former);
  }
  const isPlace = (start: number, end: number) => anyMarked(covered, start, end);

  // A post's name read from its surname must not cut a transliteration after it (部长罗某某某某).
  const foreignAt = new Uint8Array(text.length + 1);
  const foreign = resources.freeNames.announcedForeign(text);
  for (const f of foreign) foreignAt.fill(1, f.start, f.end);
  const cutsForeign = (start: number, end: number) =>
    anyMarked(foreignAt, start, end) && (foreignAt[end] === 1 || foreignAt[start - 1] === 1);
  const finder = new PersonFinder(
    resources.lexicon,
    (start, end) => isPlace(start, end) || cutsForeign(start, end),
  );
  const persons = [
    ...finder.afterAnchors(text),
    ...finder.beforeSuffixes(text),
    ...finder.beforeAppositions(text),
    ...finder.inBylines(text, doc.sentences),
  ];
  const names = new Set(persons.map((p) => p.name));
  const personAt = new Uint8Array(text.length + 1);
  for (const p of persons) personAt.fill(1, p.start, p.end);
  const isNamedOrPlace = (start: number, end: number) =>
    isPlace(start, end) || anyMarked(personAt, start, end);
  const breaks = whiteSpaceBreaks(doc);
  for (const p of resources.freeNames.find(text, isNamedOrPlace, breaks, tagged, foreign))
    names.add(p.name);
  // Authors the ingest stage read from the header and footer are persons too.
  for (const author of doc.meta.authors) if (text.includes(author.name)) names.add(author.name);
  const repeated = [...persons, ...repeatMentions(text, names, isPlace)];
  for (const p of repeated) personAt.fill(1, p.start, p.end);
  const isNamed = (start: number, end: number) => anyMarked(personAt, start, end);
  const shortForms = [
    ...shortFormMentions(text, names, resources.lexicon, isNamed),
    ...givenNameMentions(text, names, resources.lexicon, isNamed),
  ];
  for (const p of [...repeated, ...shortForms]) add('Person', p.start, p.end, p.name);

  for (const y of findYears(text)) add('Year', y.start, y.end, y.year);

  for (const e of keepOutermost(findEvents(text, tagged, resources.lexicon.events, isPlace))) {
    add('Event', e.start, e.end, e.name);
  }
  const eventOrOrg = new Uint8Array(text.length + 1);
  const outlets = new Uint8Array(text.length + 1);
  const followedByOrgan = (at: number) =>
    organWords.some((w) => text.startsWith(w, at)) ||
    indexOfWords(resources.lexicon.titles).startsAt(text, at);
  for (const o of findOrganizations(
    text,
    tagged,
    resources.lexicon.organizations,
    isPlace,
    followedByOrgan,
  )) {
    add('Organization', o.start, o.end, o.name);
    eventOrOrg.fill(1, o.start, o.end);
    if (o.outlet) outlets.fill(1, o.start, o.end);
  }
  // The publisher named in the header (来源：某某日报) is an organization of the document;
  // a code in its place (sp2024…) is no name.
  const source = /\p{Script=Han}/u.test(doc.meta.source ?? '') ? doc.meta.source : undefined;
  const sourceAt = source ? text.indexOf(source) : -1;
  if (source && sourceAt >= 0 && !eventOrOrg[sourceAt]) {
    add('Organization', sourceAt, sourceAt + source.length, source);
    eventOrOrg.fill(1, sourceAt, sourceAt + source.length);
  }
  for (const o of resources.outlets.find(text)) {
    outlets.fill(1, o.start, o.end);
    if (anyMarked(eventOrOrg, o.start, o.end)) continue;
    add('Organization', o.start, o.end, o.name);
    eventOrOrg.fill(1, o.start, o.end);
  }
  // A place inside an outlet's name (某省在线) is no place of the report.
  const notInOutlets = mentions.filter(
    (m) => !PLACE_TYPES.includes(m.type as PlaceType) || !anyMarked(outlets, m.start, m.end),
  );
  mentions.splice(0, mentions.length, ...notInOutlets);
  for (const m of mentions) if (m.type === 'Event') eventOrOrg.fill(1, m.start, m.end);
  const isTaken = (start: number, end: number) => anyMarked(eventOrOrg, start, end);
  for (const p of keepOutermost(findPrograms(text, tagged, resources.lexicon.programs, isTaken))) {
    add('Program', p.start, p.end, p.name);
  }

  return {
    doc: doc.name,
    entities: assembleEntities(doc, mentions, sentenceOf),
    relations: [],
    facts: [],
  };
}
