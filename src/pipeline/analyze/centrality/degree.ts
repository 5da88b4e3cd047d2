/**
 * Degree (distinct neighbours) and weighted degree (sum of edge weights:
 * relations counted, or shared sentences and documents for co-mention).
 */
import type Graph from 'graphology';
import { weightedDegree } from 'graphology-metrics/node/weighted-degree';
import type { EdgeWeight, NodeValues } from './types';

export function degree(graph: Graph): NodeValues {
  const values: NodeValues = {};
  graph.forEachNode((node) => (values[node] = graph.degree(node)));
  return values;
}

export function weightedDegrees(graph: Graph, getEdgeWeight: EdgeWeight = 'weight'): NodeValues {
  if (getEdgeWeight === null) return degree(graph);
  const values: NodeValues = {};
  graph.forEachNode((node) => (values[node] = weightedDegree(graph, node, getEdgeWeight)));
  return values;
}
