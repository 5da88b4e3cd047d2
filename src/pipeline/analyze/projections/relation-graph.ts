/**
 * The common shape of the relation projections: entities as nodes, relations as
 * undirected weighted ties. Direction is dropped on purpose: a village that a
 * secretary HOLDS_POSITION in is as tied to the secretary as the other way
 * round, and PageRank over directed LOCATED_IN chains would only rank provinces.
 * Several relations between one pair make one edge whose weight counts them.
 */
import { UndirectedGraph } from 'graphology';
import type { EntityType, RelationType } from '../../../types/graph';
import type { AnalysisInput, EdgeAttributes, EntityRecord, NodeAttributes } from '../types';

export type ProjectionGraph = UndirectedGraph<NodeAttributes, EdgeAttributes>;

export interface RelationGraphOptions {
  /** Entity types that become nodes; all when omitted. */
  types?: readonly EntityType[];
  /** Relation types that become ties; all when omitted. */
  relations?: readonly RelationType[];
  /** Keep entities without any tie (the whole entity graph does; sub-networks do not). */
  keepIsolated: boolean;
}

export function relationGraph(
  input: AnalysisInput,
  options: RelationGraphOptions,
): ProjectionGraph {
  const graph: ProjectionGraph = new UndirectedGraph();
  const wanted = (e: EntityRecord) => !options.types || options.types.includes(e.type);
  const byKey = new Map(input.entities.filter(wanted).map((e) => [e.key, e]));
  if (options.keepIsolated) for (const e of byKey.values()) addEntity(graph, e);
  for (const r of input.relations) {
    if (options.relations && !options.relations.includes(r.type)) continue;
    const source = byKey.get(r.source);
    const target = byKey.get(r.target);
    if (!source || !target || source.key === target.key) continue;
    addEntity(graph, source);
    addEntity(graph, target);
    const tie = strengthenTie(graph, source.key, target.key);
    tie.weight += 1;
    tie.relations[r.type] = (tie.relations[r.type] ?? 0) + 1;
    if (r.via && !tie.via.includes(r.via)) tie.via.push(r.via);
  }
  return graph;
}

/**
 * The entity record itself is the node's attributes (the same three fields),
 * shared by every projection rather than copied into each: 69k nodes at ×1000.
 */
export function addEntity(graph: ProjectionGraph, e: EntityRecord): void {
  if (!graph.hasNode(e.key)) graph.addNode(e.key, e);
}

/** The attributes of the edge between `a` and `b`, made empty when there is none yet. */
export function strengthenTie(graph: ProjectionGraph, a: string, b: string): EdgeAttributes {
  const existing = graph.edge(a, b);
  if (existing !== undefined) return graph.getEdgeAttributes(existing);
  const edge = graph.addEdge(a, b, {
    weight: 0,
    relations: {},
    via: [],
    sentences: 0,
    documents: 0,
  });
  // graphology keeps its own copy of the attributes: update that one.
  return graph.getEdgeAttributes(edge);
}
