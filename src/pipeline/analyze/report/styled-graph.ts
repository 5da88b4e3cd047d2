/**
 * A projection dressed for viewing: nodes coloured by community, sized by
 * PageRank and laid out (communities packed as circles, then ForceAtlas2),
 * deterministically for one seed. The HTML view and the GEXF export share it.
 * Large graphs keep their `maxNodes` most central nodes.
 */
import { UndirectedGraph } from 'graphology';
import circlepack from 'graphology-layout/circlepack';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import type { ProjectionAnalysis } from '../analysis';
import { METRICS, rankOf } from '../centrality';
import { createRng, DEFAULT_SEED } from '../rng';
import { communityColour } from './palette';

export interface ViewOptions {
  /** The most central nodes kept for the view. */
  maxNodes: number;
  /** ForceAtlas2 iterations after the circle packing. */
  iterations: number;
  seed: string | number;
}

export const VIEW_DEFAULTS: ViewOptions = { maxNodes: 2000, iterations: 150, seed: DEFAULT_SEED };

/** Node attributes of a styled graph: what sigma and Gephi draw, plus the metrics. */
export interface StyledNode {
  label: string;
  key: string;
  /** Not `type`: sigma reads that as the name of the program that draws the node. */
  entityType: string;
  community: number;
  x: number;
  y: number;
  size: number;
  color: string;
  [metric: string]: string | number;
}

export interface StyledEdge {
  weight: number;
  size: number;
  color: string;
  ties: string;
}

export type StyledGraph = UndirectedGraph<StyledNode, StyledEdge>;

const MIN_SIZE = 3;
const MAX_SIZE = 18;
const EDGE_COLOUR = '#c8c8c8';

export function styledGraph(
  analysis: ProjectionAnalysis,
  options: Partial<ViewOptions> = {},
): StyledGraph {
  const { maxNodes, iterations, seed } = { ...VIEW_DEFAULTS, ...options };
  const { graph, metrics, communities } = analysis;
  const rank = rankOf(metrics);
  const rankAt = (node: string) => rank?.get(node) ?? 0;
  const kept = new Set(
    graph
      .nodes()
      .sort((a, b) => rankAt(b) - rankAt(a) || (a < b ? -1 : 1))
      .slice(0, maxNodes),
  );
  const maxRank = Math.max(0, ...[...kept].map(rankAt));
  const communitySizes = new Map<number, number>();
  for (const id of Object.values(communities.communities))
    communitySizes.set(id, (communitySizes.get(id) ?? 0) + 1);

  const styled: StyledGraph = new UndirectedGraph();
  for (const node of kept) {
    const attributes = graph.getNodeAttributes(node);
    const community = communities.communities[node];
    const styledNode: StyledNode = {
      label: attributes.name,
      key: attributes.key,
      entityType: attributes.type,
      community,
      x: 0,
      y: 0,
      size: MIN_SIZE + (MAX_SIZE - MIN_SIZE) * Math.sqrt(maxRank ? rankAt(node) / maxRank : 0),
      color: communityColour(community, communitySizes.get(community) ?? 0),
    };
    for (const metric of METRICS) {
      const value = metrics.values[metric]?.get(node);
      if (value !== undefined) styledNode[metric] = value;
    }
    styled.addNode(node, styledNode);
  }
  graph.forEachEdge((_edge, tie, source, target) => {
    if (!kept.has(source) || !kept.has(target)) return;
    const ties = Object.entries(tie.relations)
      .map(([type, count]) => `${type}×${count}`)
      .concat(tie.sentences ? [`sentences×${tie.sentences}`] : [])
      .concat(tie.documents ? [`documents×${tie.documents}`] : [])
      .join(' ');
    styled.addEdge(source, target, {
      weight: tie.weight,
      size: Math.min(1 + Math.log2(tie.weight + 1), 4),
      color: EDGE_COLOUR,
      ties,
    });
  });
  layOut(styled, iterations, seed);
  return styled;
}

function layOut(graph: StyledGraph, iterations: number, seed: string | number): void {
  if (graph.order === 0) return;
  circlepack.assign(graph, { hierarchyAttributes: ['community'], rng: createRng(seed) });
  if (graph.size === 0 || iterations === 0) return;
  forceAtlas2.assign(graph, {
    iterations,
    getEdgeWeight: 'weight',
    settings: { ...forceAtlas2.inferSettings(graph), barnesHutOptimize: graph.order > 500 },
  });
}
