/**
 * Closeness centrality (graphology-metrics), Wasserman–Faust variant so that
 * disconnected graphs (the rule here) give comparable values. It needs one
 * breadth-first search per node, so it is skipped above `maxNodes`.
 */
import type Graph from 'graphology';
import closenessCentrality from 'graphology-metrics/centrality/closeness';
import type { NodeValues } from './types';

export const CLOSENESS_MAX_NODES = 5000;

export interface ClosenessOutcome {
  values: NodeValues | null;
  note: string;
}

export function closeness(graph: Graph, maxNodes = CLOSENESS_MAX_NODES): ClosenessOutcome {
  if (graph.order > maxNodes)
    return { values: null, note: `skipped: ${graph.order} nodes > ${maxNodes}` };
  return { values: closenessCentrality(graph, { wassermanFaust: true }), note: 'exact' };
}
