/**
 * Offline input: the per-document graphs of extraction output (or gold
 * annotations, which share the format) turned into analysis records. Entities
 * are merged across documents under the loader's key (`entityKey`), so offline
 * and Neo4j analyses name nodes alike.
 */
import type { DocumentGraph } from '../../../types/graph';
import { entityKey, resolveCorpus } from '../../resolve/corpus';
import type { AnalysisInput, MentionRecord, RelationRecord } from '../types';

export interface GraphsInput {
  input: AnalysisInput;
  /** Relations skipped because an end names no entity of the document. */
  skipped: string[];
}

export function inputFromGraphs(graphs: DocumentGraph[]): GraphsInput {
  const entities = resolveCorpus(graphs).map(({ key, type, name }) => ({ key, type, name }));
  const relations: RelationRecord[] = [];
  const mentions: MentionRecord[] = [];
  const skipped: string[] = [];
  for (const graph of graphs) {
    const keyOf = new Map<string, string>();
    for (const e of graph.entities) {
      const key = entityKey(e);
      if (!keyOf.has(e.name)) keyOf.set(e.name, key);
      mentions.push(...mentionsOf(key, graph.doc, e.mentions));
    }
    for (const r of graph.relations) {
      const source = keyOf.get(r.head);
      const target = keyOf.get(r.tail);
      if (source === undefined || target === undefined) {
        skipped.push(`${graph.doc}: ${r.type} ${r.head} → ${r.tail} names no entity`);
        continue;
      }
      relations.push({ type: r.type, source, target, ...(r.via ? { via: r.via } : {}) });
    }
  }
  return { input: { entities, relations, mentions }, skipped };
}

/** Sentence-level mentions, or the document alone when the graph carries no evidence (gold). */
function mentionsOf(
  key: string,
  doc: string,
  evidence: { doc: string; sentence: number }[] | undefined,
): MentionRecord[] {
  if (!evidence?.length) return [{ key, doc, sentence: -1 }];
  return evidence.map((m) => ({ key, doc: m.doc, sentence: m.sentence }));
}
