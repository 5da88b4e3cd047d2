/**
 * Co-mention graph: two entities are tied when they are named in the same
 * sentence or the same document. `sentences` and `documents` count what they
 * share; the weight mixes the two, a shared sentence weighing more than a
 * shared document. Mentions without a sentence (`sentence: -1`, e.g. gold
 * annotations) count for their document only.
 */
import { UndirectedGraph } from 'graphology';
import type { AnalysisInput, MentionRecord } from '../types';
import { addEntity, strengthenTie, type ProjectionGraph } from './relation-graph';

export interface CoMentionOptions {
  /** Weight of one shared sentence. */
  sentenceWeight: number;
  /** Weight of one shared document. */
  documentWeight: number;
}

export const CO_MENTION_DEFAULTS: CoMentionOptions = { sentenceWeight: 1, documentWeight: 0.25 };

export function coMentionGraph(
  input: AnalysisInput,
  options: Partial<CoMentionOptions> = {},
): ProjectionGraph {
  const { sentenceWeight, documentWeight } = { ...CO_MENTION_DEFAULTS, ...options };
  const graph: ProjectionGraph = new UndirectedGraph();
  const byKey = new Map(input.entities.map((e) => [e.key, e]));
  const known = input.mentions.filter((m) => byKey.has(m.key));
  for (const m of known) addEntity(graph, byKey.get(m.key)!);
  for (const keys of groupKeys(known, (m) =>
    m.sentence < 0 ? undefined : `${m.doc}#${m.sentence}`,
  ))
    forEachPair(keys, (a, b) => {
      const tie = strengthenTie(graph, a, b);
      tie.sentences += 1;
      tie.weight += sentenceWeight;
    });
  for (const keys of groupKeys(known, (m) => m.doc))
    forEachPair(keys, (a, b) => {
      const tie = strengthenTie(graph, a, b);
      tie.documents += 1;
      tie.weight += documentWeight;
    });
  return graph;
}

/** The distinct entity keys of each group of mentions (groups without a name are dropped). */
function groupKeys(
  mentions: MentionRecord[],
  groupOf: (m: MentionRecord) => string | undefined,
): string[][] {
  const groups = new Map<string, Set<string>>();
  for (const m of mentions) {
    const group = groupOf(m);
    if (group === undefined) continue;
    let keys = groups.get(group);
    if (!keys) groups.set(group, (keys = new Set()));
    keys.add(m.key);
  }
  return [...groups.values()].map((keys) => [...keys].sort());
}

function forEachPair(keys: string[], visit: (a: string, b: string) => void): void {
  for (let i = 0; i < keys.length; i++)
    for (let j = i + 1; j < keys.length; j++) visit(keys[i], keys[j]);
}
