/**
 * Seeded randomness, so that sampled betweenness, Louvain and the view's layout
 * repeat run to run (graphology takes randomness as an `rng` option).
 */
import seedrandom from 'seedrandom';

/** A function returning numbers in [0, 1), like Math.random. */
export type Rng = () => number;

export const DEFAULT_SEED = 'kg';

export function createRng(seed: string | number = DEFAULT_SEED): Rng {
  return seedrandom(String(seed));
}
