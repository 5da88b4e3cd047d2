/**
 * The floor of the analyze stage's peak memory: a child in the stage's own heap
 * that loads the same modules and holds only the co-mention graph (rebuilt from
 * the nodes and edges `saveCoMention` wrote, as `coMentionGraph` builds it: the
 * same nodes, edges, keys and shared attributes, in the same order), then runs
 * Louvain over it (`louvain`), or its metrics and Louvain as the stage does
 * (`analysis`). No input is read, so whatever the stage's peak holds beyond this
 * is the input, the other projections, what the analysis keeps, and garbage.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { UndirectedGraph } from 'graphology';
import type { ProjectionGraph } from '../../src/pipeline/analyze/projections';
import type { EdgeAttributes, EntityRecord } from '../../src/pipeline/analyze/types';
import {
  analysisInputModule,
  analysisModule,
  centralityModule,
  louvainModule,
  projectionsModule,
} from '../product';
import type { StageOutput } from '../stage-protocol';
import { graphFiles } from './corpus-files';

export const FLOOR_STEPS = ['graph', 'louvain', 'analysis'] as const;
export type FloorStep = (typeof FLOOR_STEPS)[number];

interface SavedGraph {
  nodes: EntityRecord[];
  /** Distinct edge attributes; each edge names one by index. */
  ties: EdgeAttributes[];
}

/** Writes the co-mention graph of an extracted folder to `dir` (in the harness, not the measured child). */
export async function saveCoMention(extracted: string, dir: string): Promise<void> {
  const { inputFromGraphFiles } = await analysisInputModule();
  const { coMentionGraph } = await projectionsModule();
  const graph = coMentionGraph((await inputFromGraphFiles(await graphFiles(extracted))).input);
  const index = new Map<string, number>();
  const saved: SavedGraph = { nodes: [], ties: [] };
  graph.forEachNode((key, attributes) => {
    index.set(key, saved.nodes.length);
    saved.nodes.push(attributes);
  });
  const tieIndex = new Map<EdgeAttributes, number>();
  const edges = new Int32Array(graph.size * 3);
  let at = 0;
  graph.forEachEdge((_key, attributes, source, target) => {
    let tie = tieIndex.get(attributes);
    if (tie === undefined) tieIndex.set(attributes, (tie = saved.ties.push(attributes) - 1));
    edges.set([index.get(source)!, index.get(target)!, tie], at);
    at += 3;
  });
  await fs.mkdir(dir, { recursive: true });
  await fs.writeFile(path.join(dir, 'graph.json'), JSON.stringify(saved));
  await fs.writeFile(path.join(dir, 'edges.bin'), edges);
}

export async function analyzeFloorStage(args: {
  dir: string;
  upTo: FloorStep;
}): Promise<StageOutput> {
  // The modules the analyze stage loads, so that the floor counts their code too.
  await analysisModule();
  await analysisInputModule();
  const { detectCommunities } = await louvainModule();
  const { computeMetrics } = await centralityModule();
  const graph = await readSaved(args.dir);
  const counts: Record<string, number> = {
    nodes: graph.order,
    edges: graph.size,
    rows: graph.size,
  };
  if (args.upTo === 'analysis') computeMetrics(graph);
  if (args.upTo !== 'graph') counts.communities = detectCommunities(graph).count;
  return { counts };
}

async function readSaved(dir: string): Promise<ProjectionGraph> {
  const saved = JSON.parse(await fs.readFile(path.join(dir, 'graph.json'), 'utf8')) as SavedGraph;
  const bytes = await fs.readFile(path.join(dir, 'edges.bin'));
  const edges = new Int32Array(bytes.buffer, bytes.byteOffset, bytes.byteLength / 4);
  const graph: ProjectionGraph = new UndirectedGraph();
  for (const node of saved.nodes) graph.addNode(node.key, node);
  const ties = saved.ties.map((tie) => Object.freeze(tie));
  for (let e = 0; e < edges.length / 3; e++)
    graph.addEdgeWithKey(
      e,
      saved.nodes[edges[3 * e]].key,
      saved.nodes[edges[3 * e + 1]].key,
      ties[edges[3 * e + 2]],
    );
  return graph;
}
