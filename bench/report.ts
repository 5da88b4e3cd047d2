/** The benchmark's report: reports/bench.json and a Markdown table (reports/bench.md). */
import type { BenchOptions } from './options';
import type { Corpus } from './corpus';
import type { Measured } from './stats';

export interface SizeResult {
  corpus: Corpus;
  /** Pipeline stages: ingest, extract, load, analyze (a failed one is undefined). */
  stages: Record<string, Measured | undefined>;
  /** Baselines measured in the same run: jieba-tag, extract-1-worker, naive-load, … */
  baselines: Record<string, Measured | undefined>;
}

export interface BenchReport {
  options: BenchOptions;
  machine: { cpus: number; memoryGb: number; node: string };
  /** The 1-minute load average before each run: above the core count, other work shared the cores. */
  loadAverages: number[];
  failures: { stage: string; problem: string }[];
  sizes: Record<string, SizeResult>;
  analytics?: Measured;
  targets: Target[];
}

export interface Target {
  target: string;
  measured: string;
  met: boolean | null;
}

const mb = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;
const seconds = (ms: number) => `${(ms / 1000).toFixed(ms < 10_000 ? 2 : 1)} s`;
const number = (n: number) => (n >= 100 ? Math.round(n).toLocaleString('en') : n.toFixed(2));
/** A baseline without throughput (a start-up) shows none. */
const rate = (m: Measured) => (m.throughput ? `${number(m.throughput)} ${m.unit}` : '—');
const cpuRate = (m: Measured) =>
  m.perCpuSecond ? `${number(m.perCpuSecond)} ${m.unit.replace('/s', '/CPU s')}` : '—';
const ratio = (r: number) => `${r.toFixed(r < 10 ? 2 : 0)}×`;

function stageRows(size: string, result: SizeResult): string[] {
  const row = (name: string, m: Measured) =>
    `| ×${size} | ${name} | ${rate(m)} | ${cpuRate(m)} | ${seconds(m.wallMs)} | ${seconds(m.cpuMs)} | ${Math.round(m.peakMb)} MB |`;
  const rowOrFailed = (name: string, m: Measured | undefined) =>
    m ? row(name, m) : `| ×${size} | ${name} | failed (see below) | | | | |`;
  return [
    ...Object.entries(result.stages).map(([name, m]) => rowOrFailed(name, m)),
    ...Object.entries(result.baselines).map(([name, m]) => rowOrFailed(`*baseline:* ${name}`, m)),
  ];
}

/** The target checks, from figures measured in this run only. */
export function checkTargets(report: Omit<BenchReport, 'targets'>): Target[] {
  const targets: Target[] = [];
  const { options } = report;
  const scaling = report.sizes[options.scalingSize];
  const one = scaling?.baselines['extract-1-worker'];
  const many = scaling?.stages.extract;
  if (one && many) {
    const at = `×${options.scalingSize}`;
    targets.push({
      target: `extraction ≥ 1 MB/s per core (${at}, 1 worker; per CPU second)`,
      measured: `${cpuRate(one)} (wall: ${rate(one)})`,
      met: one.perCpuSecond >= 1,
    });
    const startup = scaling.baselines['extract-startup'];
    const megabytes = (one.throughput * one.wallMs) / 1000;
    if (startup) {
      // Each worker pays the start-up once; the rest is the rate a longer run tends to.
      const steady = megabytes / ((one.cpuMs - startup.cpuMs) / 1000);
      targets.push({
        target: `extraction ≥ 1 MB/s per core, start-up excluded (${at}, 1 worker; MB ÷ (CPU − ${seconds(startup.cpuMs)} start-up CPU))`,
        measured: `${number(steady)} MB/CPU s`,
        met: steady >= 1,
      });
    }
    const speedup = one.wallMs / many.wallMs;
    targets.push({
      target: `≥ 1.8× on ${options.workers} cores (${at}, wall 1 worker ÷ wall ${options.workers})`,
      measured: ratio(speedup),
      met: speedup >= 1.8,
    });
    if (startup) {
      // The workers start side by side, so each run pays the start-up's wall time once.
      const steadySpeedup = (one.wallMs - startup.wallMs) / (many.wallMs - startup.wallMs);
      targets.push({
        target: `≥ 1.8× on ${options.workers} cores, start-up excluded (${at}, wall − ${seconds(startup.wallMs)} each)`,
        measured: ratio(steadySpeedup),
        met: steadySpeedup >= 1.8,
      });
    }
    const jieba = scaling.baselines['jieba-tag'];
    if (jieba) {
      const ofJieba = one.perCpuSecond / jieba.perCpuSecond;
      targets.push({
        target: `extraction per core ≥ 0.5 × raw nodejieba.tag (${at}, per CPU second)`,
        measured: ratio(ofJieba),
        met: ofJieba >= 0.5,
      });
    }
  }
  for (const [size, result] of Object.entries(report.sizes)) {
    const naive = result.baselines['naive-load'];
    const load = result.stages.load;
    if (naive && load)
      targets.push({
        target: `batched loader ≥ 20× the naive loader (×${size}, rows/s)`,
        measured: ratio(load.throughput / naive.throughput),
        met: load.throughput / naive.throughput >= 20,
      });
  }
  for (const [size, result] of Object.entries(report.sizes)) {
    const bulk = result.baselines['neo4j-admin-import'];
    const load = result.stages.load;
    if (bulk && load)
      targets.push({
        target: `batched loader within 3× of neo4j-admin import (×${size}, wall ÷ wall)`,
        measured: ratio(load.wallMs / bulk.wallMs),
        met: load.wallMs / bulk.wallMs <= 3,
      });
  }
  if (report.analytics)
    targets.push({
      target: `analytics on a ${report.analytics.counts.edges.toLocaleString('en')}-edge graph < 30 s`,
      measured: seconds(report.analytics.wallMs),
      met: report.analytics.wallMs < 30_000,
    });
  // Issue 18 states the memory targets as ×1000 against ×100; a run without ×100 compares
  // its largest size with its smallest, and the target's text names the sizes compared.
  const sizes = Object.keys(report.sizes).map(Number);
  const large = Math.max(...sizes);
  const small = sizes.includes(100) && large > 100 ? 100 : Math.min(...sizes);
  if (large > small) {
    for (const stage of Object.keys(report.sizes[large].stages)) {
      const a = report.sizes[small].stages[stage];
      const b = report.sizes[large].stages[stage];
      if (!a || !b) continue;
      targets.push({
        target: `${stage}: peak memory ×${large} ≤ 1.5 × peak memory ×${small}`,
        measured: `${Math.round(b.peakMb)} MB ÷ ${Math.round(a.peakMb)} MB = ${ratio(b.peakMb / a.peakMb)}`,
        met: b.peakMb / a.peakMb <= 1.5,
      });
    }
  }
  return targets;
}

function loadRange(values: number[]): string {
  if (!values.length) return 'not recorded';
  const sorted = [...values].sort((a, b) => a - b);
  return `${sorted[0].toFixed(1)}–${sorted[sorted.length - 1].toFixed(1)}, median ${sorted[sorted.length >> 1].toFixed(1)}`;
}

export function markdown(report: BenchReport): string {
  const verdict = (met: boolean | null) => (met === null ? '—' : met ? 'met' : '**missed**');
  const corpora = Object.entries(report.sizes).map(
    ([size, r]) => `×${size}: ${r.corpus.files} reports, ${mb(r.corpus.bytes)}`,
  );
  const lines = [
    `Machine: ${report.machine.cpus} cores, ${report.machine.memoryGb} GB, Node ${report.machine.node}; ` +
      `median of ${report.options.runs} runs; extraction on ${report.options.workers} worker threads. ` +
      `Load average before the runs (other work on the machine): ${loadRange(report.loadAverages)}.`,
    `Corpora: ${corpora.join('; ')}.`,
    '',
    '| size | stage | throughput | per CPU second | wall | CPU | peak memory |',
    '|---|---|---|---|---|---|---|',
    ...Object.entries(report.sizes).flatMap(([size, r]) => stageRows(size, r)),
  ];
  if (report.analytics) {
    const a = report.analytics;
    lines.push(
      `| ${a.counts.edges.toLocaleString('en')} edges | analytics (${a.counts.nodes.toLocaleString('en')} nodes) | ${rate(a)} | ${cpuRate(a)} | ${seconds(a.wallMs)} | ${seconds(a.cpuMs)} | ${Math.round(a.peakMb)} MB |`,
    );
  }
  lines.push('', '| target | measured | |', '|---|---|---|');
  for (const t of report.targets) lines.push(`| ${t.target} | ${t.measured} | ${verdict(t.met)} |`);
  if (report.analytics?.notes)
    lines.push('', `Analytics per step: ${report.analytics.notes.join('; ')}.`);
  for (const f of report.failures) lines.push('', `Failed: ${f.stage}: ${f.problem}`);
  return lines.join('\n') + '\n';
}
