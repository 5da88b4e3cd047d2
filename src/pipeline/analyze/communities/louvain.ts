/**
 * Communities by Louvain (graphology-communities-louvain; Blondel et al. 2008)
 * with a seeded generator, so the same graph and seed give the same partition.
 * Community ids are renumbered by size, largest first (ties: by the smallest
 * member key), so that id 0 is the main cluster whatever Louvain's own labels.
 */
import type Graph from 'graphology';
import louvain from 'graphology-communities-louvain';
import { createRng, DEFAULT_SEED } from '../rng';

export interface CommunityOptions {
  /** Louvain's resolution: above 1 gives more, smaller communities. */
  resolution: number;
  seed: string | number;
  /** Edge weight attribute, or null for unweighted. */
  getEdgeWeight: string | null;
}

export const COMMUNITY_DEFAULTS: CommunityOptions = {
  resolution: 1,
  seed: DEFAULT_SEED,
  getEdgeWeight: 'weight',
};

export interface CommunityOutcome {
  /** Community id per node key. */
  communities: Record<string, number>;
  count: number;
  /** Modularity of the partition at the given resolution; null for a graph without edges. */
  modularity: number | null;
  resolution: number;
}

export function detectCommunities(
  graph: Graph,
  options: Partial<CommunityOptions> = {},
): CommunityOutcome {
  const { resolution, seed, getEdgeWeight } = { ...COMMUNITY_DEFAULTS, ...options };
  const detailed = louvain.detailed(graph, {
    resolution,
    getEdgeWeight,
    rng: createRng(seed),
  });
  const communities = renumberBySize(detailed.communities);
  return {
    communities,
    count: new Set(Object.values(communities)).size,
    modularity: Number.isFinite(detailed.modularity) ? detailed.modularity : null,
    resolution,
  };
}

function renumberBySize(labels: Record<string, number>): Record<string, number> {
  const members = new Map<number, string[]>();
  for (const [node, label] of Object.entries(labels)) {
    const list = members.get(label);
    if (list) list.push(node);
    else members.set(label, [node]);
  }
  const smallest = (nodes: string[]) => nodes.reduce((a, b) => (b < a ? b : a));
  const ordered = [...members.values()].sort(
    (a, b) => b.length - a.length || (smallest(a) < smallest(b) ? -1 : 1),
  );
  const renumbered: Record<string, number> = {};
  ordered.forEach((nodes, id) => nodes.forEach((node) => (renumbered[node] = id)));
  return renumbered;
}
