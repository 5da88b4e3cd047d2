/**
 * Corpus-level entity resolution: one entity per real thing across all documents.
 * A linked place is keyed by its division code, anything else by type and
 * canonical name; aliases and mentions of all documents are gathered.
 */
import { PLACE_TYPES, type DocumentGraph, type Entity, type Evidence } from '../../types/graph';

export interface CorpusEntity {
  key: string;
  type: Entity['type'];
  name: string;
  aliases: string[];
  adminCode?: string;
  documents: string[];
  mentions: Evidence[];
}

const isPlace = (type: Entity['type']) => (PLACE_TYPES as readonly string[]).includes(type);

/** The key an entity is merged under; the loader uses the same key for its nodes. */
export function entityKey(e: Pick<Entity, 'type' | 'name' | 'adminCode'>): string {
  return isPlace(e.type) && e.adminCode ? `place:${e.adminCode}` : `${e.type}:${e.name}`;
}

export function resolveCorpus(graphs: DocumentGraph[]): CorpusEntity[] {
  const byKey = new Map<string, CorpusEntity>();
  for (const graph of graphs) {
    for (const e of graph.entities) {
      const key = entityKey(e);
      let merged = byKey.get(key);
      if (!merged) {
        merged = {
          key,
          type: e.type,
          name: e.name,
          aliases: [],
          adminCode: e.adminCode,
          documents: [],
          mentions: [],
        };
        byKey.set(key, merged);
      }
      for (const alias of [e.name, ...(e.aliases ?? [])]) {
        if (alias !== merged.name && !merged.aliases.includes(alias)) merged.aliases.push(alias);
      }
      if (!merged.documents.includes(graph.doc)) merged.documents.push(graph.doc);
      merged.mentions.push(...(e.mentions ?? []));
    }
  }
  return [...byKey.values()];
}
