/**
 * A graph's adjacency as compressed rows over node indices, built once per
 * graph and shared by PageRank, eigenvector centrality and betweenness.
 *
 * graphology-metrics builds an index of its own inside every call, through
 * per-node edge arrays and attribute look-ups: on a million edges about 4 s
 * each time. One pass over the edges here takes under a second, and the
 * iterations then run over flat typed arrays.
 *
 * Rows follow graphology's `outbound` neighbourhood (out-edges and undirected
 * edges), `inbound` likewise; an undirected self-loop counts once, as there.
 * Parallel edges of a multigraph stay separate entries.
 */
import type Graph from 'graphology';
import type { EdgeWeight } from './types';

export interface Rows {
  /** Row i holds entries starts[i] … starts[i+1]−1. */
  starts: Int32Array;
  /** Neighbour node index per entry. */
  targets: Int32Array;
  /** Edge weight per entry (1 when unweighted, missing or not a number). */
  weights: Float64Array;
}

export interface Adjacency {
  /** Node keys in graphology's order: index i is nodes[i]. */
  nodes: string[];
  outbound: Rows;
  /** The same object as `outbound` when the graph has no directed edges. */
  inbound: Rows;
}

export function buildAdjacency(graph: Graph, getEdgeWeight: EdgeWeight = 'weight'): Adjacency {
  const nodes = graph.nodes();
  const index = new Map<string, number>();
  nodes.forEach((node, i) => index.set(node, i));
  const m = graph.size;
  const sources = new Int32Array(m);
  const targets = new Int32Array(m);
  const weights = new Float64Array(m);
  const undirected = new Uint8Array(m);
  let e = 0;
  graph.forEachEdge((_edge, attributes, source, target, _s, _t, isUndirected) => {
    sources[e] = index.get(source)!;
    targets[e] = index.get(target)!;
    weights[e] = weightOf(attributes, getEdgeWeight);
    undirected[e] = isUndirected ? 1 : 0;
    e++;
  });
  const edges = { sources, targets, weights, undirected };
  const outbound = compress(nodes.length, edges, false);
  const inbound = graph.directedSize === 0 ? outbound : compress(nodes.length, edges, true);
  return { nodes, outbound, inbound };
}

interface EdgeList {
  sources: Int32Array;
  targets: Int32Array;
  weights: Float64Array;
  undirected: Uint8Array;
}

/** Counting sort of the edge ends into rows: out-rows, or in-rows when `reversed`. */
function compress(n: number, edges: EdgeList, reversed: boolean): Rows {
  const from = reversed ? edges.targets : edges.sources;
  const to = reversed ? edges.sources : edges.targets;
  const both = (e: number) => edges.undirected[e] === 1 && from[e] !== to[e];
  const starts = new Int32Array(n + 1);
  for (let e = 0; e < from.length; e++) {
    starts[from[e] + 1]++;
    if (both(e)) starts[to[e] + 1]++;
  }
  for (let i = 0; i < n; i++) starts[i + 1] += starts[i];
  const fill = starts.slice(0, n);
  const targets = new Int32Array(starts[n]);
  const weights = new Float64Array(starts[n]);
  const put = (row: number, neighbour: number, weight: number) => {
    const at = fill[row]++;
    targets[at] = neighbour;
    weights[at] = weight;
  };
  for (let e = 0; e < from.length; e++) {
    put(from[e], to[e], edges.weights[e]);
    if (both(e)) put(to[e], from[e], edges.weights[e]);
  }
  return { starts, targets, weights };
}

/** graphology's rule: a weight that is not a number (or NaN) counts 1. */
function weightOf(attributes: Record<string, unknown>, getEdgeWeight: EdgeWeight): number {
  if (getEdgeWeight === null) return 1;
  const w = attributes[getEdgeWeight];
  return typeof w === 'number' && !Number.isNaN(w) ? w : 1;
}

/** Values per node index back to values per node key. */
export function byKey(nodes: readonly string[], values: ArrayLike<number>): Record<string, number> {
  const result: Record<string, number> = {};
  for (let i = 0; i < nodes.length; i++) result[nodes[i]] = values[i];
  return result;
}

/** Rows without weights: the shape breadth-first searches need. */
export type Links = Pick<Rows, 'starts' | 'targets'>;

/**
 * Nodes in breadth-first order from the node of highest degree (then from the
 * next unvisited node, component after component). Numbering nodes in this
 * order puts neighbours near each other in memory: searches over the
 * renumbered rows touch fewer cache lines (1.6–1.9× faster on a million edges).
 */
export function breadthFirstOrder(rows: Links): Int32Array {
  const n = rows.starts.length - 1;
  const order = new Int32Array(n);
  const seen = new Uint8Array(n);
  let hub = 0;
  for (let i = 1; i < n; i++)
    if (rows.starts[i + 1] - rows.starts[i] > rows.starts[hub + 1] - rows.starts[hub]) hub = i;
  let tail = 0;
  const visitFrom = (root: number) => {
    let head = tail;
    order[tail++] = root;
    seen[root] = 1;
    while (head < tail) {
      const v = order[head++];
      for (let j = rows.starts[v]; j < rows.starts[v + 1]; j++) {
        const w = rows.targets[j];
        if (!seen[w]) {
          seen[w] = 1;
          order[tail++] = w;
        }
      }
    }
  };
  if (n > 0) visitFrom(hub);
  for (let v = 0; v < n; v++) if (!seen[v]) visitFrom(v);
  return order;
}

/** The rows renumbered: node `order[i]` becomes node i. */
export function renumber(rows: Links, order: Int32Array, rank: Int32Array): Links {
  const n = order.length;
  const starts = new Int32Array(n + 1);
  const targets = new Int32Array(rows.targets.length);
  for (let i = 0; i < n; i++) {
    const v = order[i];
    let at = starts[i];
    for (let j = rows.starts[v]; j < rows.starts[v + 1]; j++) targets[at++] = rank[rows.targets[j]];
    starts[i + 1] = at;
  }
  return { starts, targets };
}
