/**
 * Analytics at scale: the same centralities and Louvain communities on a seeded
 * synthetic graph of one million edges, grown by preferential attachment (each new
 * node ties to `perNode` nodes picked in proportion to their degree), which gives
 * the hubs and long tail of a real entity network.
 */
import { performance } from 'node:perf_hooks';
import { UndirectedGraph } from 'graphology';
import type { ProjectionGraph } from '../../src/pipeline/analyze/projections';
import type { StageOutput } from '../stage-protocol';
import type { Rng } from '../../src/pipeline/analyze/rng';
import { centralityModule, louvainModule, rngModule } from '../product';

export function syntheticGraph(edges: number, perNode: number, rng: Rng): ProjectionGraph {
  const graph: ProjectionGraph = new UndirectedGraph();
  const addNode = (i: number) =>
    graph.addNode(String(i), { key: String(i), type: 'Organization', name: `n${i}` });
  // Every edge end once: picking from it picks nodes in proportion to their degree.
  const ends: number[] = [];
  for (let i = 0; i <= perNode; i++) addNode(i);
  for (let i = 1; i <= perNode; i++) {
    graph.addEdge('0', String(i), {
      weight: 1,
      relations: {},
      via: [],
      sentences: 0,
      documents: 0,
    });
    ends.push(0, i);
  }
  for (let node = perNode + 1; graph.size < edges; node++) {
    addNode(node);
    for (let k = 0; k < perNode && graph.size < edges; k++) {
      const target = ends[Math.floor(rng() * ends.length)];
      if (graph.hasEdge(String(node), String(target))) continue;
      graph.addEdge(String(node), String(target), {
        weight: 1 + Math.floor(rng() * 3),
        relations: {},
        via: [],
        sentences: 0,
        documents: 0,
      });
      ends.push(node, target);
    }
  }
  return graph;
}

export async function millionEdgesStage(args: {
  edges: number;
  perNode: number;
  seed: string;
}): Promise<StageOutput> {
  const { computeMetrics } = await centralityModule();
  const { detectCommunities } = await louvainModule();
  const { createRng } = await rngModule();
  const graph = syntheticGraph(args.edges, args.perNode, createRng(args.seed));
  const started = performance.now();
  const metrics = computeMetrics(graph, { seed: args.seed });
  const louvainStarted = performance.now();
  const communities = detectCommunities(graph, { seed: args.seed });
  const ended = performance.now();
  const perMetric = Object.entries(metrics.milliseconds).map(
    ([name, ms]) =>
      `${name} ${(ms / 1000).toFixed(1)} s (${metrics.notes[name as keyof typeof metrics.notes]})`,
  );
  return {
    timedMs: ended - started,
    counts: {
      nodes: graph.order,
      edges: graph.size,
      rows: graph.size,
      metricsMs: louvainStarted - started,
      louvainMs: ended - louvainStarted,
      communities: communities.count,
    },
    notes: [...perMetric, `louvain ${((ended - louvainStarted) / 1000).toFixed(1)} s`],
  };
}
