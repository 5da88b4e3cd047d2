/**
 * Co-mention graph: two entities are tied when they are named in the same
 * sentence, or in the same documents again and again. `sentences` and
 * `documents` count what they share; the weight mixes the two, a shared
 * sentence weighing more than a shared document. Mentions without a sentence
 * (`sentence: -1`, e.g. gold annotations) count for their document only; a
 * document without any sentence evidence is itself the window, and ties all
 * the entities it names.
 *
 * Why documents alone need `minSharedDocuments` (2 by default): a report names
 * 30–100 entities, and tying every pair of them makes each report a clique —
 * 95 % of the edges of the sample corpus (11,123 edges for 283 nodes), growing
 * with every report added (≈ 11 million edges, gigabytes, at ×1000), while
 * saying no more than "same report". A sentence is a real co-occurrence; a
 * pair met in several reports is a recurring one. So a pair is tied when it
 * shares a sentence, or at least `minSharedDocuments` documents; once tied,
 * every shared document adds to its weight. `minSharedDocuments: 1` gives the
 * full document cliques back, for small corpora.
 *
 * Only entities named in at least `minSharedDocuments` documents can reach
 * the document threshold, so pairs are counted among those alone: the counts
 * stay bounded by the recurring entities, not by the corpus.
 */
import { UndirectedGraph } from 'graphology';
import type { AnalysisInput, EdgeAttributes, EntityRecord } from '../types';
import { PairCounts } from './pair-counts';
import { addEntity, type ProjectionGraph } from './relation-graph';

export interface CoMentionOptions {
  /** Weight of one shared sentence. */
  sentenceWeight: number;
  /** Weight of one shared document. */
  documentWeight: number;
  /** Documents a pair must share to be tied without a shared sentence (1: every pair of a document). */
  minSharedDocuments: number;
}

export const CO_MENTION_DEFAULTS: CoMentionOptions = {
  sentenceWeight: 1,
  documentWeight: 0.25,
  minSharedDocuments: 2,
};

/** Entities by index, and per document the entities named in it and in each of its sentences. */
interface Mentions {
  entities: EntityRecord[];
  documents: Map<string, { named: Set<number>; sentences: Map<number, Set<number>> }>;
}

/**
 * A pair's shared sentences and documents packed in one number (sentences ·
 * 2^26 + documents), so that counting a million pairs allocates no objects.
 */
const DOCUMENTS = 2 ** 26;
const sentencesOf = (tie: number) => Math.floor(tie / DOCUMENTS);
const documentsOf = (tie: number) => tie % DOCUMENTS;

// Co-mention edges carry no relations: they share one empty record and list (never mutated).
const NO_RELATIONS: EdgeAttributes['relations'] = Object.freeze({});
const NO_VIA = Object.freeze([]) as unknown as string[];

export function coMentionGraph(
  input: AnalysisInput,
  options: Partial<CoMentionOptions> = {},
): ProjectionGraph {
  const o = { ...CO_MENTION_DEFAULTS, ...options };
  const { entities, nodes, edges } = coMentionEdges(input, o.minSharedDocuments);
  const graph: ProjectionGraph = new UndirectedGraph();
  for (const i of nodes) addEntity(graph, entities[i]);
  // Edges with the same counts share one attributes object (never mutated): most
  // of a large corpus's edges are one shared sentence or a few shared documents.
  const shared = new Map<number, EdgeAttributes>();
  for (let e = 0; e < edges.tie.length; e++) {
    const tie = edges.tie[e];
    let attributes = shared.get(tie);
    if (!attributes) {
      const sentences = sentencesOf(tie);
      const documents = documentsOf(tie);
      attributes = Object.freeze({
        weight: sentences * o.sentenceWeight + documents * o.documentWeight,
        relations: NO_RELATIONS,
        via: NO_VIA,
        sentences,
        documents,
      }) as EdgeAttributes;
      shared.set(tie, attributes);
    }
    // Short keys of our own: graphology's generated ones cost about 30 bytes more an edge.
    graph.addEdgeWithKey(e, entities[edges.a[e]].key, entities[edges.b[e]].key, attributes);
  }
  return graph;
}

/** The tied pairs as columns (entity indices and packed counts), in the order first met. */
interface TiedPairs {
  a: Int32Array;
  b: Int32Array;
  tie: Float64Array;
}

/**
 * The nodes (entity indices, in the order first named) and the tied pairs.
 * The mentions grouped by document and the pair counts are dropped on return,
 * before the graph is built: at ×1000 they are tens of MB beside it.
 */
function coMentionEdges(
  input: AnalysisInput,
  minSharedDocuments: number,
): { entities: EntityRecord[]; nodes: number[]; edges: TiedPairs } {
  const mentions = groupMentions(input);
  const { ties, windows } = countTies(mentions, minSharedDocuments);
  const n = mentions.entities.length;
  const named = new Uint8Array(n);
  const nodes: number[] = [];
  for (const document of mentions.documents.values())
    for (const i of document.named)
      if (!named[i]) {
        named[i] = 1;
        nodes.push(i);
      }
  let kept = 0;
  const keep = (pair: number, tie: number) =>
    sentencesOf(tie) > 0 || documentsOf(tie) >= minSharedDocuments || windows.has(pair);
  ties.forEach((pair, tie) => keep(pair, tie) && kept++);
  const edges: TiedPairs = {
    a: new Int32Array(kept),
    b: new Int32Array(kept),
    tie: new Float64Array(kept),
  };
  let e = 0;
  ties.forEach((pair, tie) => {
    if (!keep(pair, tie)) return;
    edges.a[e] = Math.floor(pair / n);
    edges.b[e] = pair % n;
    edges.tie[e++] = tie;
  });
  return { entities: mentions.entities, nodes, edges };
}

function groupMentions(input: AnalysisInput): Mentions {
  const index = new Map<string, number>();
  const entities: EntityRecord[] = [];
  for (const e of input.entities) {
    if (index.has(e.key)) continue;
    index.set(e.key, entities.length);
    entities.push(e);
  }
  const documents: Mentions['documents'] = new Map();
  for (const m of input.mentions) {
    const i = index.get(m.key);
    if (i === undefined) continue;
    let document = documents.get(m.doc);
    if (!document) documents.set(m.doc, (document = { named: new Set(), sentences: new Map() }));
    document.named.add(i);
    if (m.sentence < 0) continue;
    let sentence = document.sentences.get(m.sentence);
    if (!sentence) document.sentences.set(m.sentence, (sentence = new Set()));
    sentence.add(i);
  }
  return { entities, documents };
}

/**
 * Shared sentences and documents per pair of entity indices (key a·n + b, a < b).
 * Document pairs are counted among recurring entities only, plus the pairs
 * that share a sentence (which always become edges), plus every pair of a
 * document without sentence evidence (`windows`: tied like a shared sentence).
 */
function countTies(
  mentions: Mentions,
  minSharedDocuments: number,
): { ties: PairCounts; windows: Set<number> } {
  const n = mentions.entities.length;
  const documentCounts = new Int32Array(n);
  for (const { named } of mentions.documents.values()) for (const i of named) documentCounts[i]++;
  const recurring = (i: number) => documentCounts[i] >= minSharedDocuments;
  const ties = new PairCounts();
  const windows = new Set<number>();
  const add = (pair: number, count: number) => ties.add(pair, count);
  for (const { named, sentences } of mentions.documents.values()) {
    if (sentences.size === 0) {
      // No sentence evidence (gold annotations): the document is the only window known.
      forEachPair([...named], n, (pair) => {
        add(pair, 1);
        windows.add(pair);
      });
      continue;
    }
    const sharedHere = new Set<number>();
    for (const group of sentences.values())
      forEachPair([...group], n, (pair) => {
        add(pair, DOCUMENTS);
        sharedHere.add(pair);
      });
    const common = [...named].filter(recurring);
    forEachPair(common, n, (pair) => {
      add(pair, 1);
      sharedHere.delete(pair);
    });
    // Sentence-tied pairs not counted above (an end named in fewer documents) share this one.
    for (const pair of sharedHere) add(pair, 1);
  }
  return { ties, windows };
}

function forEachPair(indices: number[], n: number, visit: (pair: number) => void): void {
  indices.sort((a, b) => a - b);
  for (let i = 0; i < indices.length; i++)
    for (let j = i + 1; j < indices.length; j++) visit(indices[i] * n + indices[j]);
}
