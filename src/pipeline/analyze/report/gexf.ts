/** GEXF for Gephi: the styled graph, with positions, colours, sizes and every metric. */
import gexf from 'graphology-gexf';
import type { StyledGraph } from './styled-graph';

export function toGexf(graph: StyledGraph): string {
  return gexf.write(graph, {
    formatNode: (_key, a) => {
      const { label, x, y, size, color, ...attributes } = a;
      return { label, attributes, viz: { x, y, size, color } };
    },
    formatEdge: (_key, a) => ({ weight: a.weight, attributes: { ties: a.ties } }),
  });
}
