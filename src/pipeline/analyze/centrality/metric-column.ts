/**
 * A metric's values kept as a float column over an index of the graph's nodes
 * that its metrics share, read as the object keyed by node they were made as.
 * As objects, the co-mention graph's metrics at ×1000 (69k nodes) held 19.6 MB
 * through the rest of its analysis, the stage's peak; as columns 3.5 MB.
 */
import type { NodeValues } from './types';

export type NodeIndex = ReadonlyMap<string, number>;

export function nodeIndex(nodes: readonly string[]): NodeIndex {
  return new Map(nodes.map((node, i) => [node, i]));
}

/**
 * `values` as a read-only record over a column: the same keys, values and reads
 * (`values[node]`, `in`, `Object.keys`, JSON), in index order. Values that miss
 * an indexed node, or name one not indexed, are kept as they are.
 */
export function columnValues(values: NodeValues, index: NodeIndex): NodeValues {
  const column = new Float64Array(index.size);
  let count = 0;
  for (const [node, i] of index) {
    if (!Object.hasOwn(values, node)) return values;
    column[i] = values[node];
    count++;
  }
  if (Object.keys(values).length !== count) return values;
  const at = (key: string | symbol) => (typeof key === 'string' ? index.get(key) : undefined);
  return new Proxy({} as NodeValues, {
    get: (target, key) => {
      const i = at(key);
      return i === undefined ? Reflect.get(target, key) : column[i];
    },
    has: (target, key) => at(key) !== undefined || Reflect.has(target, key),
    ownKeys: () => [...index.keys()],
    getOwnPropertyDescriptor: (_target, key) => {
      const i = at(key);
      if (i === undefined) return undefined;
      return { value: column[i], writable: false, enumerable: true, configurable: true };
    },
    set: () => false,
    defineProperty: () => false,
    deleteProperty: () => false,
  });
}
