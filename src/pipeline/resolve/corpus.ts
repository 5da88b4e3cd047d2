/**
 * Corpus-level entity resolution: one entity per real thing across all documents.
 * A linked place is keyed by its division code, anything else by type and
 * canonical name; aliases and mentions of all documents are gathered.
 */
import { entityKey } from '../../graph/keys';
import type { DocumentGraph, Entity, Evidence } from '../../types/graph';

export interface CorpusEntity {
  key: string;
  type: Entity['type'];
  name: string;
  aliases: string[];
  adminCode?: string;
  documents: string[];
  mentions: Evidence[];
}

export function resolveCorpus(
  graphs: Iterable<Pick<DocumentGraph, 'doc' | 'entities'>>,
): CorpusEntity[] {
  const resolver = new CorpusResolver();
  for (const graph of graphs) resolver.add(graph);
  return resolver.entities();
}

/** `resolveCorpus` one document at a time, so that callers need not hold every graph. */
export class CorpusResolver {
  private readonly byKey = new Map<string, CorpusEntity>();

  add(graph: Pick<DocumentGraph, 'doc' | 'entities'>): void {
    for (const e of graph.entities) {
      const key = entityKey(e);
      let merged = this.byKey.get(key);
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
        this.byKey.set(key, merged);
      }
      for (const alias of [e.name, ...(e.aliases ?? [])]) {
        if (alias !== merged.name && !merged.aliases.includes(alias)) merged.aliases.push(alias);
      }
      if (!merged.documents.includes(graph.doc)) merged.documents.push(graph.doc);
      for (const mention of e.mentions ?? []) merged.mentions.push(mention);
    }
  }

  /** The merged entities, in the order their keys were first met. */
  entities(): CorpusEntity[] {
    return [...this.byKey.values()];
  }
}
