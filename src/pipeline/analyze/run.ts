/**
 * The analyze stage's I/O shell: read the graph (Neo4j, or extraction output
 * with `offline`), analyse every projection, write the metrics back to Neo4j
 * (not offline) and the reports to `out`.
 */
import type { Driver } from 'neo4j-driver';
import { UsageError, type InputError } from '../../errors';
import { neo4jConfig, openDriver } from '../../neo4j/connection';
import { analyzeInput, ANALYSIS_DEFAULTS, type Analysis, type AnalysisOptions } from './analysis';
import { inputFromGraphFiles } from './input/from-graphs';
import { readFromNeo4j } from './input/from-neo4j';
import { graphFilesIn } from '../../io/graph-file';
import { projectionView, writeReports, type ReportFiles } from './report/write-reports';
import type { StyledGraph } from './report/styled-graph';
import type { AnalysisInput, ProjectionName } from './types';
import { writeBack, WRITE_BACK_DEFAULTS, type WriteBackSummary } from './write-back';

export interface AnalyzeOptions extends AnalysisOptions {
  /** Read extraction output from `input` and leave Neo4j alone. */
  offline: boolean;
  /** Extraction output folder (offline). */
  input: string;
  /** Reports folder. */
  out: string;
  /** Rows per write-back transaction. */
  batchSize: number;
  /** A driver to use instead of opening one (it is left open). */
  driver?: Driver;
}

export const ANALYZE_DEFAULTS: AnalyzeOptions = {
  ...ANALYSIS_DEFAULTS,
  offline: false,
  input: 'data/out/extracted',
  out: 'reports',
  batchSize: WRITE_BACK_DEFAULTS.batchSize,
};

export interface AnalyzeResult {
  analysis: Analysis;
  files: ReportFiles;
  /** Where the graph came from, in words. */
  source: string;
  /** Relations left out because an end names no entity (offline). */
  skipped: string[];
  /** Document files that could not be read (offline). */
  failures: InputError[];
  writeBack?: WriteBackSummary;
  seconds: number;
}

export async function analyze(options: Partial<AnalyzeOptions> = {}): Promise<AnalyzeResult> {
  const o = { ...ANALYZE_DEFAULTS, ...options };
  const started = performance.now();
  if (o.offline) {
    const { input, skipped, failures, documents } = await inputFromGraphFiles(
      await graphFilesIn(o.input),
    );
    const source = `extraction output in ${o.input} (${documents} documents)`;
    const { analysis, views } = analyzeStreaming(input, o);
    const files = await writeReports(analysis, { ...o, source }, views);
    return { analysis, files, source, skipped, failures, seconds: elapsed(started) };
  }
  const driver = o.driver ?? (await openDriver());
  try {
    const input = await readFromNeo4j(driver);
    const source = `Neo4j at ${neo4jConfig().uri}`;
    if (!input.entities.length)
      throw new UsageError(
        `${source} holds no entities: run \`kg load\` first, or \`kg analyze --offline\``,
      );
    const { analysis, views } = analyzeStreaming(input, o);
    const writeBackSummary = await writeBack(driver, analysis, o);
    const files = await writeReports(analysis, { ...o, source }, views);
    return {
      analysis,
      files,
      source,
      skipped: [],
      failures: [],
      writeBack: writeBackSummary,
      seconds: elapsed(started),
    };
  } finally {
    if (!o.driver) await driver.close();
  }
}

/**
 * The analysis with each projection's view drawn while it has its edges; the
 * projections keep their nodes only (all the write-back and the reports need).
 */
function analyzeStreaming(input: AnalysisInput, options: AnalyzeOptions) {
  const views: Partial<Record<ProjectionName, StyledGraph>> = {};
  const analysis = analyzeInput(input, options, (projection) => {
    views[projection.name] = projectionView(projection, options);
  });
  return { analysis, views };
}

const elapsed = (started: number) => (performance.now() - started) / 1000;

export type { AnalysisInput };
