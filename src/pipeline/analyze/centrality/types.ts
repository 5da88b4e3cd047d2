/** What every centrality returns: one value per node key. */
export type NodeValues = Record<string, number>;

/**
 * An iterative metric's outcome: its values when some attempt converged, or
 * none with a note saying what failed (never a thrown error).
 */
export interface IterativeOutcome {
  values: NodeValues | null;
  /** The attempt that converged, or all attempts that failed. */
  note: string;
}

/** Edge weight attribute name, or null to treat every edge as 1. */
export type EdgeWeight = string | null;
