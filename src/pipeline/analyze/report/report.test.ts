import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { UndirectedGraph } from 'graphology';
import gexf from 'graphology-gexf';
import { analyzeInput, type Analysis } from '../analysis';
import { inputFromGraphs } from '../input/from-graphs';
import { readExtractionOutput } from '../../../io/graph-file';
import { formatValue } from './markdown';
import { writeReports, type ReportFiles } from './write-reports';

const CORPUS = path.join(__dirname, '../../../../test/fixtures/analyze/corpus');

describe('writeReports', () => {
  let out: string;
  let analysis: Analysis;
  let files: ReportFiles;
  beforeAll(async () => {
    out = mkdtempSync(path.join(os.tmpdir(), 'kg-analyze-reports-'));
    analysis = analyzeInput(inputFromGraphs((await readExtractionOutput(CORPUS)).graphs).input);
    files = await writeReports(analysis, { out, seed: 'kg', resolution: 1, source: 'fixtures' });
  });
  afterAll(() => rmSync(out, { recursive: true, force: true }));
  const read = (file: string) => readFileSync(file, 'utf8');

  it('writes the Markdown report: summary, top entities per type and metric, communities', () => {
    const markdown = read(files.markdown);
    expect(markdown).toContain('| Whole entity graph | 16 | 23 |');
    expect(markdown).toMatch(/#### Person\n\n\| # \| PageRank \| betweenness \| degree \|/);
    expect(markdown).toContain('| 1 | 林晓峰 ');
    expect(markdown).toMatch(
      /\*\*\d · [^*]+\*\* — 3 members \(3 Village\); ties: COOPERATES_WITH ×3; via 党建联盟\./,
    );
  });

  it('writes every metric of every node and projection as CSV and JSON', () => {
    const csv = read(files.csv).trim().split('\n');
    expect(csv[0]).toBe(
      'projection,key,type,name,community,pagerank,betweenness,degree,weightedDegree,eigenvector,closeness',
    );
    const nodes = Object.values(analysis).reduce((n, p) => n + p.graph.order, 0);
    expect(csv).toHaveLength(nodes + 1);
    const json = JSON.parse(read(files.json));
    expect(json.nodes).toHaveLength(nodes);
    expect(json.projections.cooperation).toMatchObject({ nodes: 6, edges: 5, communityCount: 2 });
    expect(json.projections.cooperation.communities[0].members).toHaveLength(3);
  });

  it('writes GEXF that reads back with its metrics and community colours', () => {
    const graph = gexf.parse(UndirectedGraph, read(files.gexf[0]));
    expect(graph.order).toBe(analysis.entity.graph.order);
    expect(graph.size).toBe(analysis.entity.graph.size);
    const node = graph.getNodeAttributes('Person:林晓峰');
    expect(node).toMatchObject({ label: '林晓峰', entityType: 'Person' });
    expect(node.pagerank).toBeCloseTo(
      analysis.entity.metrics.values.pagerank!.get('Person:林晓峰')!,
      6,
    );
    expect(node.color).toMatch(/^(#|rgb)/);
  });

  it('writes an HTML view that needs nothing from outside the file', () => {
    const html = read(files.html);
    expect(html).not.toMatch(/<script[^>]+src=|<link[^>]+href=/);
    expect(html).toContain('new Sigma(graph, container');
    const views = JSON.parse(
      /<script type="application\/json" id="kg-views">(.*?)<\/script>/s.exec(html)![1],
    );
    expect(views.map((v: { name: string }) => v.name)).toEqual([
      'entity',
      'cooperation',
      'person-place-program',
      'co-mention',
    ]);
    const colours = new Set(
      views[0].graph.nodes.map((n: { attributes: { color: string } }) => n.attributes.color),
    );
    expect(colours.size).toBeGreaterThanOrEqual(3);
  });
});

describe('formatValue', () => {
  it('shows integers whole, other numbers to three significant digits, missing as a dash', () => {
    expect([formatValue(12), formatValue(0.012345), formatValue(null)]).toEqual([
      '12',
      '0.0123',
      '–',
    ]);
  });
});
