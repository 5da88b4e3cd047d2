/**
 * Corpus-level recall: a program, organization or event named clearly in one
 * place (quoted, with its suffix) is often written bare elsewhere (以七张问题清单为牵引).
 * Every name found anywhere in the corpus is looked up in every document, and the
 * occurrences that no entity already covers become mentions of it.
 */
import type { NormalizedDocument } from '../../types/document';
import type { DocumentGraph, Entity, EntityType } from '../../types/graph';
import { evidenceOf } from '../extract/assemble';
import { occurrences } from '../extract/spans';

const PROPAGATED: EntityType[] = ['Program', 'Organization', 'Event'];
/** Shorter names are too often plain words (两新, 赛马). */
const MIN_LENGTH = 4;

export type KnownNames = Map<string, EntityType>;

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

/** Adds the known names that occur in `doc` and are not covered by one of its entities. */
export function propagateKnownNames(
  doc: NormalizedDocument,
  graph: DocumentGraph,
  known: KnownNames,
  sentenceOf: (offset: number) => number,
): DocumentGraph {
  const covered = new Uint8Array(doc.text.length + 1);
  for (const e of graph.entities)
    for (const m of e.mentions ?? []) covered.fill(1, m.textStart, m.textEnd);
  const byName = new Map(graph.entities.map((e) => [`${e.type}|${e.name}`, e]));
  const added: Entity[] = [];
  for (const [name, type] of known) {
    for (const at of occurrences(doc.text, name)) {
      if (covered.subarray(at, at + name.length).some((c) => c === 1)) continue;
      covered.fill(1, at, at + name.length);
      const key = `${type}|${name}`;
      let entity = byName.get(key);
      if (!entity) {
        entity = { type, name, aliases: [], mentions: [] };
        byName.set(key, entity);
        added.push(entity);
      }
      entity.mentions?.push(evidenceOf(doc, at, at + name.length, sentenceOf));
    }
  }
  return { ...graph, entities: [...graph.entities, ...added] };
}
