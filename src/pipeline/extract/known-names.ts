/**
 * Corpus-level recall: a program, organization or event named clearly in one
 * place (quoted, with its suffix) is often written bare elsewhere (以五张任务清单为牵引).
 * Every name found anywhere in the corpus is looked up in every document, and the
 * occurrences that no entity already covers become mentions of it.
 */
import type { NormalizedDocument } from '../../types/document';
import type { DocumentGraph, Entity, EntityType } from '../../types/graph';
import { evidenceOf } from './assemble';
import { NameTable } from '../../gazetteer/name-table';
import { anyMarked } from './spans';

const PROPAGATED: EntityType[] = ['Program', 'Organization', 'Event'];
/** Shorter names are too often plain words (两新, 赛马). */
const MIN_LENGTH = 4;

export type KnownNames = Map<string, EntityType>;

/** The known names ready to be searched in a text; built once per corpus. */
export interface KnownNameIndex {
  table: NameTable<{ type: EntityType; rank: number }>;
  longest: number;
  /**
   * 1 at the UTF-16 codes a known name starts with: one load rules out most
   * positions of a text before the table's two-character hash is computed.
   */
  starts: Uint8Array;
}

export function collectKnownNames(graphs: DocumentGraph[]): KnownNames {
  const known: KnownNames = new Map();
  for (const g of graphs) {
    for (const e of g.entities) {
      if (PROPAGATED.includes(e.type) && e.name.length >= MIN_LENGTH && !known.has(e.name))
        known.set(e.name, e.type);
    }
  }
  return known;
}

export function indexKnownNames(known: KnownNames): KnownNameIndex {
  const table = new NameTable<{ type: EntityType; rank: number }>();
  const starts = new Uint8Array(0x10000);
  let longest = 0;
  let rank = 0;
  for (const [name, type] of known) {
    table.add(name, { type, rank: rank++ });
    starts[name.charCodeAt(0)] = 1;
    longest = Math.max(longest, name.length);
  }
  return { table, longest, starts };
}

interface Hit {
  name: string;
  type: EntityType;
  rank: number;
  at: number;
}

/**
 * Occurrences of known names in one scan of the text, in the order of the names'
 * ranks and then of position; a name's own occurrences do not overlap.
 */
function knownOccurrences(text: string, index: KnownNameIndex): Hit[] {
  const hits: Hit[] = [];
  const lengths = { max: index.longest, min: MIN_LENGTH };
  let at = 0;
  const collect = (name: string, values: readonly { type: EntityType; rank: number }[]) => {
    for (const { type, rank } of values) hits.push({ name, type, rank, at });
    return undefined; // go on to the shorter names here
  };
  const { table, starts } = index;
  for (; at < text.length; at++)
    if (starts[text.charCodeAt(at)] === 1 && table.mayStartAt(text, at))
      table.findAt(text, at, lengths, collect);
  hits.sort((a, b) => a.rank - b.rank || a.at - b.at);
  const nextFree = new Map<number, number>();
  return hits.filter((h) => {
    if (h.at < (nextFree.get(h.rank) ?? 0)) return false;
    nextFree.set(h.rank, h.at + h.name.length);
    return true;
  });
}

/**
 * Adds the known names that occur in `doc` and are not covered by one of its
 * entities; where known names overlap, the first known wins.
 */
export function propagateKnownNames(
  doc: NormalizedDocument,
  graph: DocumentGraph,
  known: KnownNameIndex,
  sentenceOf: (offset: number) => number,
): DocumentGraph {
  const covered = new Uint8Array(doc.text.length + 1);
  for (const e of graph.entities)
    for (const m of e.mentions ?? []) covered.fill(1, m.textStart, m.textEnd);
  // Built at the first occurrence left to add: in most documents every one is covered.
  let byName: Map<string, Entity> | undefined;
  const added: Entity[] = [];
  for (const { name, type, at } of knownOccurrences(doc.text, known)) {
    if (anyMarked(covered, at, at + name.length)) continue;
    covered.fill(1, at, at + name.length);
    byName ??= new Map(graph.entities.map((e) => [`${e.type}|${e.name}`, e]));
    const key = `${type}|${name}`;
    let entity = byName.get(key);
    if (!entity) {
      entity = { type, name, aliases: [], mentions: [] };
      byName.set(key, entity);
      added.push(entity);
    }
    entity.mentions?.push(evidenceOf(doc, at, at + name.length, sentenceOf));
  }
  return { ...graph, entities: [...graph.entities, ...added] };
}
