/**
 * Offline input: the per-document graphs of extraction output (or gold
 * annotations, which share the format) turned into analysis records. Entities
 * are merged across documents under the loader's key (`entityKey`, first name
 * and type seen), so offline and Neo4j analyses name
 * nodes alike.
 *
 * Graphs are taken one at a time (`GraphsInputBuilder`) and dropped once read:
 * only the records the analysis needs stay (relations and mentions as columns
 * of numbers, `record-tables.ts`), never the graphs with their evidence spans
 * and facts, so `inputFromGraphFiles` reads a corpus of any size file by file.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { InputError, messageOf } from '../../../errors';
import type { DocumentGraph } from '../../../types/graph';
import { entityKey } from '../../../graph/keys';
import type { AnalysisInput, EntityRecord, MentionRecord } from '../types';
import { parseGraph } from '../../../io/graph-file';
import { recordTables } from './record-tables';

export interface GraphsInput {
  input: AnalysisInput;
  /** Relations skipped because an end names no entity of the document. */
  skipped: string[];
}

export class GraphsInputBuilder {
  private readonly entities = new Map<string, EntityRecord>();
  private readonly tables = recordTables();
  private readonly skipped: string[] = [];
  /** Documents added so far. */
  documents = 0;

  add(graph: DocumentGraph): void {
    this.documents++;
    const keyOf = new Map<string, string>();
    for (const e of graph.entities) {
      // One key string per entity for the whole corpus, not one per document naming it.
      let entity = this.entities.get(entityKey(e));
      if (!entity) {
        entity = { key: entityKey(e), type: e.type, name: e.name };
        this.entities.set(entity.key, entity);
      }
      if (!keyOf.has(e.name)) keyOf.set(e.name, entity.key);
      for (const m of mentionsOf(entity.key, graph.doc, e.mentions)) this.tables.mentions.add(m);
    }
    for (const r of graph.relations) {
      const source = keyOf.get(r.head);
      const target = keyOf.get(r.tail);
      if (source === undefined || target === undefined) {
        this.skipped.push(`${graph.doc}: ${r.type} ${r.head} → ${r.tail} names no entity`);
        continue;
      }
      this.tables.relations.add({ type: r.type, source, target, via: r.via });
    }
  }

  result(): GraphsInput {
    const { skipped } = this;
    const { relations, mentions } = this.tables;
    relations.trim();
    mentions.trim();
    return { input: { entities: [...this.entities.values()], relations, mentions }, skipped };
  }
}

export function inputFromGraphs(graphs: Iterable<DocumentGraph>): GraphsInput {
  const builder = new GraphsInputBuilder();
  for (const graph of graphs) builder.add(graph);
  return builder.result();
}

export interface GraphFilesInput extends GraphsInput {
  documents: number;
  /** Files that are not document graphs, reported and left out. */
  failures: InputError[];
}

/** The input of `<doc>.json` graph files, read one at a time (corpus order as given). */
export async function inputFromGraphFiles(files: readonly string[]): Promise<GraphFilesInput> {
  const builder = new GraphsInputBuilder();
  const failures: InputError[] = [];
  for (const file of files) {
    let graph: DocumentGraph;
    try {
      graph = parseGraph(await fs.readFile(file, 'utf8'), path.basename(file, '.json'));
    } catch (error) {
      failures.push(new InputError(file, messageOf(error)));
      continue;
    }
    builder.add(graph);
  }
  return { ...builder.result(), documents: builder.documents, failures };
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
