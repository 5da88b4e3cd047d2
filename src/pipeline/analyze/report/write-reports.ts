/**
 * Writes the analysis to the reports folder: analytics.md, metrics.csv,
 * metrics.json, one GEXF per projection under gexf/, and graph.html.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { Analysis, AnalysisOptions, ProjectionAnalysis } from '../analysis';
import { PROJECTION_TITLES } from '../projections';
import { PROJECTIONS, type ProjectionName } from '../types';
import { toGexf } from './gexf';
import { renderHtmlView, type ViewGraph } from './html-view';
import { toMarkdown } from './markdown';
import { communityColour } from './palette';
import { styledGraph, type StyledGraph, type ViewOptions } from './styled-graph';
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

/** A projection as the reports draw it: made while the projection still has its edges. */
export function projectionView(
  analysis: ProjectionAnalysis,
  options: Pick<ReportOptions, 'seed' | 'view'>,
): StyledGraph {
  return styledGraph(analysis, { ...options.view, seed: options.seed });
}

/** `views`: the projections' views made as they were analysed (`projectionView`); the others are made here. */
export async function writeReports(
  analysis: Analysis,
  options: ReportOptions,
  views: Partial<Record<ProjectionName, StyledGraph>> = {},
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
  const drawn: ViewGraph[] = [];
  for (const [i, name] of PROJECTIONS.entries()) {
    const styled = views[name] ?? projectionView(analysis[name], options);
    await fs.writeFile(files.gexf[i], toGexf(styled));
    const legend = analysis[name].summaries
      .slice(0, LEGEND_ENTRIES)
      .map((s) => ({ colour: communityColour(s.id, s.size), label: s.label, size: s.size }));
    drawn.push({ name, title: PROJECTION_TITLES[name], graph: styled.export(), legend });
  }
  await fs.writeFile(
    files.html,
    renderHtmlView(drawn, 'Knowledge graph: communities and centrality'),
  );
  return files;
}
