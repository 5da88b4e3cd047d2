/** Medians of repeated runs. */
import type { StageResult } from './stage-protocol';

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

export interface Measured {
  runs: StageResult[];
  wallMs: number;
  cpuMs: number;
  peakMb: number;
  /** Units per second, from the median wall time. */
  throughput: number;
  /** Units per CPU second of the child process (all its threads). */
  perCpuSecond: number;
  unit: 'MB/s' | 'rows/s';
  /** The counts of the last run (they are the same in every run). */
  counts: Record<string, number>;
  notes?: string[];
}

/** Sums up runs: `amount` is the work of one run in the unit's numerator (MB or rows). */
export function summarize(runs: StageResult[], amount: number, unit: Measured['unit']): Measured {
  const wallMs = median(runs.map((r) => r.wallMs));
  const cpuMs = median(runs.map((r) => r.cpuMs));
  const last = runs[runs.length - 1];
  return {
    runs,
    wallMs,
    cpuMs,
    peakMb: median(runs.map((r) => r.peakMb)),
    throughput: amount / (wallMs / 1000),
    perCpuSecond: amount / (cpuMs / 1000),
    unit,
    counts: last.counts,
    notes: last.notes,
  };
}
