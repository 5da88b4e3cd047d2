/**
 * Writes the analysis to the reports folder: analytics.md, metrics.csv,
 * metrics.json, one GEXF per projection under gexf/, and graph.html.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { Analysis, AnalysisOptions } from '../analysis';
import { PROJECTION_TITLES } from '../projections';
import { PROJECTIONS } from '../types';
import { toGexf } from './gexf';
import { renderHtmlView, type ViewGraph } from './html-view';
import { toMarkdown } from './markdown';
import { communityColour } from './palette';
import { styledGraph, type ViewOptions } from './styled-graph';
import { metricRows, toCsv, toJsonReport } from './tables';

export interface ReportOptions extends Pick<AnalysisOptions, 'seed' | 'resolution'> {
  out: string;
  /** Where the graph came from, in words (a folder, a Neo4j address). */
  source: string;
  view?: Partial<Omit<ViewOptions, 'seed'>>;
}

export interface ReportFiles {
  markdown: string;
  csv: string;
  json: string;
  gexf: string[];
  html: string;
}

/** Communities listed in the view's legend: those that get a colour of their own. */
const LEGEND_ENTRIES = 18;

export async function writeReports(
  analysis: Analysis,
  options: ReportOptions,
): Promise<ReportFiles> {
  const files: ReportFiles = {
    markdown: path.join(options.out, 'analytics.md'),
    csv: path.join(options.out, 'metrics.csv'),
    json: path.join(options.out, 'metrics.json'),
    gexf: PROJECTIONS.map((name) => path.join(options.out, 'gexf', `${name}.gexf`)),
    html: path.join(options.out, 'graph.html'),
  };
  await fs.mkdir(path.join(options.out, 'gexf'), { recursive: true });
  await fs.writeFile(files.markdown, toMarkdown(analysis, options, options.source));
  await fs.writeFile(files.csv, toCsv(metricRows(analysis)));
  await fs.writeFile(
    files.json,
    JSON.stringify(toJsonReport(analysis, options, options.source), null, 1) + '\n',
  );
  const views: ViewGraph[] = [];
  for (const [i, name] of PROJECTIONS.entries()) {
    const styled = styledGraph(analysis[name], { ...options.view, seed: options.seed });
    await fs.writeFile(files.gexf[i], toGexf(styled));
    const legend = analysis[name].summaries
      .filter((s) => s.size > 1)
      .slice(0, LEGEND_ENTRIES)
      .map((s) => ({ colour: communityColour(s.id, s.size), label: s.label, size: s.size }));
    views.push({ name, title: PROJECTION_TITLES[name], graph: styled.export(), legend });
  }
  await fs.writeFile(
    files.html,
    renderHtmlView(views, 'Knowledge graph: communities and centrality'),
  );
  return files;
}
