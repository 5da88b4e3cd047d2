/**
 * A self-contained HTML view of the projections: sigma.js drawing graphology
 * graphs, both inlined from their packages' browser builds, the graphs as JSON
 * in the page, so it opens offline from file://. One projection at a time,
 * chosen in a menu; colour is the community, size the PageRank; hovering a
 * node shows its metrics. `document.body.dataset.rendered` names the drawn
 * projection once sigma has drawn it (the Chromium check waits for it).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { SerializedGraph } from 'graphology-types';

export interface LegendEntry {
  colour: string;
  label: string;
  size: number;
}

export interface ViewGraph {
  name: string;
  title: string;
  graph: SerializedGraph;
  legend: LegendEntry[];
}

/** The browser builds of graphology and sigma, next to the entry points the packages export. */
function browserBuild(pkg: string, file: string): string {
  return readFileSync(path.join(path.dirname(require.resolve(pkg)), file), 'utf8');
}

/** JSON that can sit inside a <script> element. */
function scriptSafeJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}

const escapeHtml = (text: string) =>
  text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

export function renderHtmlView(views: ViewGraph[], title: string): string {
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>${escapeHtml(title)}</title>
<style>
  html, body { margin: 0; height: 100%; font: 14px/1.4 system-ui, "Noto Sans CJK SC", sans-serif; }
  body { display: flex; }
  #graph { flex: 1; height: 100%; background: #fff; }
  aside { width: 300px; padding: 12px; overflow: auto; border-left: 1px solid #ddd; background: #fafafa; }
  h1 { font-size: 16px; margin: 0 0 8px; }
  select { width: 100%; margin-bottom: 8px; }
  .swatch { display: inline-block; width: 12px; height: 12px; border-radius: 6px; margin-right: 6px; vertical-align: middle; }
  #legend div { margin: 2px 0; }
  #info { margin-top: 12px; white-space: pre-line; }
</style>
</head>
<body>
<div id="graph"></div>
<aside>
  <h1>${escapeHtml(title)}</h1>
  <select id="projection"></select>
  <div id="summary"></div>
  <div id="legend"></div>
  <div id="info">Hover a node for its metrics.</div>
</aside>
<script type="application/json" id="kg-views">${scriptSafeJson(views)}</script>
<script>${browserBuild('graphology', 'graphology.umd.min.js')}</script>
<script>${browserBuild('sigma', 'sigma.min.js')}</script>
<script>${VIEW_SCRIPT}</script>
</body>
</html>
`;
}

/** The page's own script: plain browser JavaScript over the globals `graphology` and `Sigma`. */
const VIEW_SCRIPT = `
(function () {
  var views = JSON.parse(document.getElementById('kg-views').textContent);
  var container = document.getElementById('graph');
  var menu = document.getElementById('projection');
  var renderer = null;
  var METRICS = ['pagerank', 'betweenness', 'degree', 'weightedDegree', 'eigenvector', 'closeness'];

  function text(tag, content) {
    var element = document.createElement(tag);
    element.textContent = content;
    return element;
  }

  function showInfo(graph, node) {
    var a = graph.getNodeAttributes(node);
    var lines = [a.label + ' (' + a.entityType + ')', 'community ' + a.community];
    METRICS.forEach(function (m) {
      if (typeof a[m] === 'number') lines.push(m + ': ' + (Number.isInteger(a[m]) ? a[m] : a[m].toPrecision(3)));
    });
    document.getElementById('info').textContent = lines.join('\\n');
  }

  function show(index) {
    var view = views[index];
    if (renderer) renderer.kill();
    delete document.body.dataset.rendered;
    var graph = new graphology.UndirectedGraph();
    graph.import(view.graph);
    document.getElementById('summary').textContent =
      graph.order + ' nodes, ' + graph.size + ' edges';
    var legend = document.getElementById('legend');
    legend.innerHTML = '';
    view.legend.forEach(function (entry) {
      var row = document.createElement('div');
      var swatch = text('span', '');
      swatch.className = 'swatch';
      swatch.style.background = entry.colour;
      row.appendChild(swatch);
      row.appendChild(text('span', entry.label + ' (' + entry.size + ')'));
      legend.appendChild(row);
    });
    renderer = new Sigma(graph, container, { labelRenderedSizeThreshold: 10, zIndex: true });
    renderer.on('enterNode', function (event) { showInfo(graph, event.node); });
    renderer.once('afterRender', function () { document.body.dataset.rendered = view.name; });
    renderer.refresh();
  }

  views.forEach(function (view, index) {
    var option = text('option', view.title);
    option.value = String(index);
    menu.appendChild(option);
  });
  menu.addEventListener('change', function () { show(Number(menu.value)); });
  var first = Math.max(0, views.findIndex(function (v) { return v.graph.edges.length > 0; }));
  menu.value = String(first);
  show(first);
})();
`;
