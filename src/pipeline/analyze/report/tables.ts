/**
 * Every metric of every projection as rows (one per node and projection), and
 * as CSV. The JSON report adds each projection's counts, notes and communities.
 */
import type { Analysis, AnalysisOptions } from '../analysis';
import { METRICS, type MetricName } from '../centrality';
import type { CommunitySummary } from '../communities/describe';
import { PROJECTIONS, type ProjectionName } from '../types';

export type MetricRow = {
  projection: ProjectionName;
  key: string;
  type: string;
  name: string;
  community: number;
} & Record<MetricName, number | null>;

export function metricRows(analysis: Analysis): MetricRow[] {
  const rows: MetricRow[] = [];
  for (const name of PROJECTIONS) {
    const { graph, metrics, communities } = analysis[name];
    graph.forEachNode((node, attributes) => {
      const row = {
        projection: name,
        key: node,
        type: attributes.type,
        name: attributes.name,
        community: communities.communities[node],
      } as MetricRow;
      for (const metric of METRICS) row[metric] = metrics.values[metric]?.get(node) ?? null;
      rows.push(row);
    });
  }
  return rows;
}

const CSV_COLUMNS = ['projection', 'key', 'type', 'name', 'community', ...METRICS] as const;

export function toCsv(rows: MetricRow[]): string {
  const cell = (value: unknown) => {
    const text = value === null || value === undefined ? '' : String(value);
    return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  const lines = [CSV_COLUMNS.join(',')];
  for (const row of rows) lines.push(CSV_COLUMNS.map((column) => cell(row[column])).join(','));
  return lines.join('\n') + '\n';
}

/** A community as the JSON report lists it: members by key, most central first. */
function communityRecord(summary: CommunitySummary) {
  const { members, ...rest } = summary;
  return { ...rest, members: members.map((m) => m.key) };
}

export function toJsonReport(
  analysis: Analysis,
  options: Pick<AnalysisOptions, 'seed' | 'resolution'>,
  source: string,
) {
  return {
    source,
    seed: options.seed,
    resolution: options.resolution,
    projections: Object.fromEntries(
      PROJECTIONS.map((name) => {
        const { metrics, communities, summaries } = analysis[name];
        return [
          name,
          {
            nodes: metrics.nodes,
            edges: metrics.edges,
            notes: metrics.notes,
            milliseconds: metrics.milliseconds,
            communityCount: communities.count,
            modularity: communities.modularity,
            communities: summaries.map(communityRecord),
          },
        ];
      }),
    ),
    nodes: metricRows(analysis),
  };
}
