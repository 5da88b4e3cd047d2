/**
 * The Markdown report: a summary table of the projections, then for each the
 * top entities per type and metric, and every community with its members and
 * what ties it together.
 */
import { ENTITY_TYPES, type EntityType } from '../../../types/graph';
import type { Analysis, AnalysisOptions, ProjectionAnalysis } from '../analysis';
import { METRICS, type MetricName } from '../centrality';
import type { CommunitySummary } from '../communities/describe';
import { PROJECTION_TITLES } from '../projections';
import { PROJECTIONS } from '../types';

export interface MarkdownOptions {
  /** Entities listed per type and metric. */
  top: number;
  /** Communities listed per projection (largest first). */
  communities: number;
  /** Members named per community. */
  members: number;
}

export const MARKDOWN_DEFAULTS: MarkdownOptions = { top: 5, communities: 25, members: 12 };

const METRIC_TITLES: Record<MetricName, string> = {
  degree: 'degree',
  weightedDegree: 'weighted degree',
  pagerank: 'PageRank',
  betweenness: 'betweenness',
  eigenvector: 'eigenvector',
  closeness: 'closeness',
};

export function formatValue(value: number | null | undefined): string {
  if (value === null || value === undefined) return '–';
  if (Number.isInteger(value)) return String(value);
  return value === 0 ? '0' : value.toPrecision(3);
}

const cell = (text: string) => text.replace(/\|/g, '\\|');

export function toMarkdown(
  analysis: Analysis,
  options: Pick<AnalysisOptions, 'seed' | 'resolution'>,
  source: string,
  layout: Partial<MarkdownOptions> = {},
): string {
  const o = { ...MARKDOWN_DEFAULTS, ...layout };
  const lines = [
    '# Analytics: centrality and communities',
    '',
    `Source: ${source}. Louvain resolution ${options.resolution}, seed \`${options.seed}\` (the same seed gives the same communities and betweenness sample).`,
    '',
    '| projection | nodes | edges | communities (> 1 member) | modularity | PageRank | betweenness | eigenvector | closeness | seconds |',
    '|---|---:|---:|---:|---:|---|---|---|---|---:|',
  ];
  for (const name of PROJECTIONS) {
    const { metrics, communities, summaries } = analysis[name];
    const seconds = Object.values(metrics.milliseconds).reduce((a, b) => a + b, 0) / 1000;
    lines.push(
      `| ${PROJECTION_TITLES[name]} | ${metrics.nodes} | ${metrics.edges} | ${communities.count} (${summaries.length}) | ${formatValue(communities.modularity)} | ${metrics.notes.pagerank} | ${metrics.notes.betweenness} | ${metrics.notes.eigenvector} | ${metrics.notes.closeness} | ${seconds.toFixed(2)} |`,
    );
  }
  for (const name of PROJECTIONS) lines.push('', ...projectionSection(analysis[name], o));
  return lines.join('\n') + '\n';
}

function projectionSection(p: ProjectionAnalysis, o: MarkdownOptions): string[] {
  const lines = [`## ${PROJECTION_TITLES[p.name]}`, ''];
  if (p.graph.order === 0) return [...lines, 'Empty: the input has nothing of this kind.'];
  lines.push('### Top entities per type', '');
  const metrics = METRICS.filter((m) => p.metrics.values[m] !== null);
  for (const type of ENTITY_TYPES) {
    const table = topTable(p, type, metrics, o.top);
    if (table.length) lines.push(`#### ${type}`, '', ...table, '');
  }
  const listed = p.summaries;
  lines.push(
    '### Communities',
    '',
    `${p.communities.count} communities, ${listed.length} with more than one member; modularity ${formatValue(p.communities.modularity)}.`,
    '',
  );
  for (const summary of listed.slice(0, o.communities))
    lines.push(...communityParagraph(summary, o.members), '');
  if (listed.length > o.communities)
    lines.push(`…and ${listed.length - o.communities} smaller communities (see metrics.json).`);
  return lines;
}

function topTable(
  p: ProjectionAnalysis,
  type: EntityType,
  metrics: MetricName[],
  top: number,
): string[] {
  const nodes = p.graph.filterNodes((_node, a) => a.type === type);
  if (!nodes.length) return [];
  const columns = metrics.map((metric) => {
    const values = p.metrics.values[metric]!;
    return [...nodes]
      .sort((a, b) => values.get(b)! - values.get(a)! || (a < b ? -1 : 1))
      .slice(0, top)
      .map((node) => `${p.graph.getNodeAttribute(node, 'name')} ${formatValue(values.get(node))}`);
  });
  const rows = [
    `| # | ${metrics.map((m) => METRIC_TITLES[m]).join(' | ')} |`,
    `|---:|${metrics.map(() => '---').join('|')}|`,
  ];
  for (let i = 0; i < Math.min(top, nodes.length); i++)
    rows.push(`| ${i + 1} | ${columns.map((column) => cell(column[i])).join(' | ')} |`);
  return rows;
}

function communityParagraph(summary: CommunitySummary, shown: number): string[] {
  const types = Object.entries(summary.types)
    .sort((a, b) => b[1] - a[1])
    .map(([type, count]) => `${count} ${type}`)
    .join(', ');
  const names = summary.members.slice(0, shown).map((m) => m.name);
  const more = summary.size > shown ? ` … (+${summary.size - shown})` : '';
  return [
    `**${summary.id} · ${summary.label}** — ${summary.size} members (${types}); ties: ${summary.ties}.`,
    `Members: ${names.join('、')}${more}`,
  ];
}
