/**
 * `kg analyze`: centrality and communities with graphology over the graph in
 * Neo4j (written back there) or, with --offline, over extraction output; the
 * reports go to --out.
 */
import path from 'node:path';
import { UsageError } from '../errors';
import {
  analyze,
  PROJECTION_TITLES,
  PROJECTIONS,
  rankOf,
  type AnalyzeResult,
} from '../pipeline/analyze';
import type { AnalyzeOptions } from '../pipeline/analyze/run';

/** The options as commander hands them over: strings, flags, undefined when not given. */
export interface AnalyzeCommandOptions {
  offline?: boolean;
  in?: string;
  out?: string;
  seed?: string;
  resolution?: string;
  batchSize?: string;
  exactBetweenness?: string;
  samples?: string;
}

function positiveNumber(option: string, value: string, integer: boolean): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0 || (integer && !Number.isInteger(n)))
    throw new UsageError(
      `${option} expects a ${integer ? 'whole ' : ''}number > 0, got "${value}"`,
    );
  return n;
}

export function parseOptions(options: AnalyzeCommandOptions): Partial<AnalyzeOptions> {
  const parsed: Partial<AnalyzeOptions> = { offline: Boolean(options.offline) };
  if (options.in !== undefined) parsed.input = options.in;
  if (options.out !== undefined) parsed.out = options.out;
  if (options.seed !== undefined) parsed.seed = options.seed;
  if (options.resolution !== undefined)
    parsed.resolution = positiveNumber('--resolution', options.resolution, false);
  if (options.batchSize !== undefined)
    parsed.batchSize = positiveNumber('--batch-size', options.batchSize, true);
  const betweenness: { exactMaxNodes?: number; samples?: number; sampleEdgeBudget?: number } = {};
  if (options.exactBetweenness !== undefined)
    betweenness.exactMaxNodes = positiveNumber(
      '--exact-betweenness',
      options.exactBetweenness,
      true,
    );
  if (options.samples !== undefined) {
    betweenness.samples = positiveNumber('--samples', options.samples, true);
    // Sources asked for by name are drawn, however large the graph.
    betweenness.sampleEdgeBudget = Infinity;
  }
  parsed.metrics = { betweenness };
  return parsed;
}

export function summarize(result: AnalyzeResult): string {
  const lines = [`kg analyze: ${result.source}, ${result.seconds.toFixed(1)}s`];
  for (const name of PROJECTIONS) {
    const { metrics, communities, summaries } = result.analysis[name];
    const modularity = communities.modularity === null ? '–' : communities.modularity.toFixed(3);
    lines.push(
      `  ${PROJECTION_TITLES[name].padEnd(46)} ${metrics.nodes} nodes, ${metrics.edges} edges, ` +
        `${summaries.length} communities (> 1 member), modularity ${modularity}`,
    );
  }
  const { graph, metrics } = result.analysis.entity;
  const rank = rankOf(metrics);
  const top = graph
    .nodes()
    .sort((a, b) => (rank?.get(b) ?? 0) - (rank?.get(a) ?? 0))
    .slice(0, 5)
    .map((node) => graph.getNodeAttribute(node, 'name'));
  if (top.length) lines.push(`  most central (PageRank)   ${top.join('、')}`);
  if (result.writeBack) {
    const w = result.writeBack;
    lines.push(
      `  written to Neo4j          metrics on ${w.entitiesUpdated} entities, ${w.communities} Community nodes, ` +
        `${w.memberships} IN_COMMUNITY (${w.staleCommunitiesRemoved} old Community nodes removed)`,
    );
  }
  const shown = (file: string) => {
    const relative = path.relative(process.cwd(), file);
    return relative && !relative.startsWith('..') ? relative : file;
  };
  lines.push(
    `  reports                   ${[result.files.markdown, result.files.csv, result.files.json, result.files.html].map(shown).join(', ')}, ${shown(path.dirname(result.files.gexf[0]))}/*.gexf`,
  );
  if (result.skipped.length) lines.push(`  relations left out        ${result.skipped.length}`);
  return lines.join('\n');
}

/** The lines `kg build` ends its summary with. */
export function analyzeReport(result: AnalyzeResult): string[] {
  const { metrics, communities, summaries } = result.analysis.entity;
  const modularity = communities.modularity === null ? '–' : communities.modularity.toFixed(3);
  const written = result.writeBack
    ? `metrics on ${result.writeBack.entitiesUpdated} entities and ${result.writeBack.communities} Community nodes in Neo4j`
    : 'nothing written to Neo4j';
  return [
    `  communities      ${summaries.length} in the entity graph of ${metrics.nodes} (modularity ${modularity}); ${written}`,
    `  reports          ${path.dirname(result.files.markdown)}/ (analytics.md, metrics.csv/json, graph.html, gexf/)`,
  ];
}

export async function run(options: AnalyzeCommandOptions): Promise<void> {
  const result = await analyze(parseOptions(options));
  for (const failure of result.failures) console.error(`kg analyze: ${failure.message}`);
  for (const skipped of result.skipped) console.error(`kg analyze: ${skipped}`);
  console.log(summarize(result));
  if (result.failures.length)
    throw new UsageError(`${result.failures.length} document file(s) could not be read`, 1);
}
