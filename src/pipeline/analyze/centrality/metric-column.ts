/**
 * A metric's values as a float column over an index of the graph's nodes that
 * all its metrics share. As objects keyed by node, the co-mention graph's
 * metrics at ×1000 (69k nodes) held 19.6 MB through the rest of its analysis,
 * the stage's peak; as columns 3.5 MB.
 */
import type { NodeValues } from './types';

/** Each node's position in the graph's node order. */
export type NodeIndex = ReadonlyMap<string, number>;

export function nodeIndex(nodes: readonly string[]): NodeIndex {
  return new Map(nodes.map((node, i) => [node, i]));
}

export class MetricColumn {
  private constructor(
    private readonly index: NodeIndex,
    private readonly column: Float64Array,
  ) {}

  /** The values of every indexed node; a metric that leaves a node out is a defect, so it throws. */
  static of(values: NodeValues, index: NodeIndex): MetricColumn {
    const column = new Float64Array(index.size);
    for (const [node, i] of index) {
      if (!Object.hasOwn(values, node)) throw new Error(`metric has no value for node ${node}`);
      column[i] = values[node];
    }
    return new MetricColumn(index, column);
  }

  /** The node's value, undefined for a node not in the graph. */
  get(node: string): number | undefined {
    const i = this.index.get(node);
    return i === undefined ? undefined : this.column[i];
  }

  get size(): number {
    return this.column.length;
  }

  /** Node and value, in the graph's node order. */
  *entries(): IterableIterator<[string, number]> {
    for (const [node, i] of this.index) yield [node, this.column[i]];
  }
}
