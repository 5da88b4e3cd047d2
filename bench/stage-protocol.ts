/** What a stage run in a child process reports back to the harness. */
export interface StageOutput {
  /** Milliseconds of the measured part, when the stage excludes its set-up (emptying Neo4j). */
  timedMs?: number;
  /** Counts the harness turns into throughputs (documents, textBytes, rows, …). */
  counts: Record<string, number>;
  notes?: string[];
}

export interface StageResult extends StageOutput {
  wallMs: number;
  /**
   * CPU time of the whole child (user + system, all threads). Throughput per CPU
   * second is what a core does, however busy the machine is with other work.
   */
  cpuMs: number;
  /** Peak resident memory of the child process (all its threads), in MB. */
  peakMb: number;
}

/** The line a child prints last: this prefix, then the JSON of its StageResult. */
export const RESULT_PREFIX = 'BENCH-RESULT ';
