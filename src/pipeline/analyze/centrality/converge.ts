/**
 * Retrying power iterations. graphology's PageRank and eigenvector centrality
 * throw "failed to converge" when the iteration budget runs out; a larger
 * budget, then a looser tolerance, is tried before giving up, and giving up is
 * reported in the outcome rather than thrown.
 */
import { messageOf } from '../../../errors';
import type { IterativeOutcome, NodeValues } from './types';

export interface Attempt {
  maxIterations: number;
  tolerance: number;
}

export const DEFAULT_ATTEMPTS: readonly Attempt[] = [
  { maxIterations: 100, tolerance: 1e-6 },
  { maxIterations: 1000, tolerance: 1e-6 },
  { maxIterations: 1000, tolerance: 1e-4 },
];

export function untilConverged(
  attempts: readonly Attempt[],
  run: (attempt: Attempt) => NodeValues,
): IterativeOutcome {
  const failures: string[] = [];
  for (const attempt of attempts) {
    try {
      const values = run(attempt);
      if (Object.values(values).some((v) => !Number.isFinite(v)))
        throw new Error('failed to converge: values are not finite');
      return { values, note: `converged (${describe(attempt)})` };
    } catch (error) {
      if (!/failed to converge/.test(messageOf(error))) throw error;
      failures.push(describe(attempt));
    }
  }
  return { values: null, note: `did not converge (${failures.join('; ')})` };
}

const describe = (a: Attempt) =>
  `≤${a.maxIterations} iterations, tolerance ${a.tolerance.toExponential()}`;
