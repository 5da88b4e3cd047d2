/**
 * `kg analyze` against the real server: the fixture corpus (two planted
 * alliances tied by one official) is loaded with the project's loader, analysed
 * from Neo4j, written back, and read through the analytics queries.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import neo4j from 'neo4j-driver';
import os from 'node:os';
import path from 'node:path';
import { analyze, type AnalyzeResult } from '../../src/pipeline/analyze';
import { inputFromGraphs } from '../../src/pipeline/analyze/input/from-graphs';
import { readExtractionOutput } from '../../src/io/graph-file';
import { analyzeInput } from '../../src/pipeline/analyze/analysis';
import { readFromNeo4j } from '../../src/pipeline/analyze/input/from-neo4j';
import { loadCorpus } from '../../src/pipeline/load';
import { bindParams, readQuery, runNamedQuery } from '../../src/query/query-library';
import { ENTITY_TYPES, type DocumentGraph } from '../../src/types/graph';
import { useNeo4j } from '../helpers/neo4j';

const CORPUS = path.join(__dirname, '../fixtures/analyze/corpus');
/** The fixture's places carry no division codes: no hierarchy to add. */
const NO_HIERARCHY = { get: () => undefined, ancestors: () => [] };

describe('kg analyze with Neo4j', () => {
  const driver = useNeo4j();
  let graphs: DocumentGraph[];
  let out: string;
  let result: AnalyzeResult;

  beforeAll(async () => {
    graphs = (await readExtractionOutput(CORPUS)).graphs;
    await loadCorpus(driver(), { documents: [], graphs }, { hierarchy: NO_HIERARCHY });
    // A community left by an earlier run, which the write-back must remove.
    await driver().executeQuery(
      "CREATE (:Community {key: 'entity:41', projection: 'entity'})<-[:IN_COMMUNITY]-(:Person {key: 'Person:旧人', name: '旧人'})",
    );
    out = mkdtempSync(path.join(os.tmpdir(), 'kg-analyze-it-'));
    result = await analyze({ driver: driver(), out, batchSize: 4 });
  });
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  const query = async (text: string, params: Record<string, unknown> = {}) =>
    (await driver().executeQuery(text, params)).records.map((r) => r.toObject());
  /** Runs a query of the library as `kg query NAME --param k=v` does; integers as numbers. */
  const named = async (name: string, params: Record<string, string>) => {
    const library = await readQuery(name);
    const { rows } = await runNamedQuery(driver(), library, bindParams(library, params));
    return rows.map((row) =>
      Object.fromEntries(
        Object.entries(row).map(([k, v]) => [k, neo4j.isInt(v) ? v.toNumber() : v]),
      ),
    );
  };

  it('reads the same graph from Neo4j as from the extraction output', async () => {
    const offline = analyzeInput(inputFromGraphs(graphs).input);
    // The analysis kg analyze returns keeps each projection's nodes only: read the edges again.
    const online = analyzeInput(await readFromNeo4j(driver()));
    for (const name of ['entity', 'cooperation', 'co-mention'] as const) {
      const edges = (p: typeof offline) =>
        p[name].graph.mapEdges((_e, a, s, t) => `${[s, t].sort().join(' ')} ${a.weight}`).sort();
      const extra = name === 'entity' ? 1 : 0; // the left-over person of the earlier run
      expect(result.analysis[name].graph.order).toBe(offline[name].graph.order + extra);
      expect(result.analysis[name].metrics.edges).toBe(offline[name].graph.size);
      expect(edges(online)).toEqual(edges(offline));
    }
  });

  it('writes the metrics and community onto every entity node', async () => {
    const rows = await query(
      `MATCH (n) WHERE any(label IN labels(n) WHERE label IN $types)
       RETURN n.key AS key, n.pagerank AS pagerank, n.betweenness AS betweenness,
              n.degree AS degree, n.community AS community`,
      { types: ENTITY_TYPES },
    );
    expect(rows).toHaveLength(17); // 16 entities of the corpus and the left-over person
    for (const row of rows) {
      expect(typeof row.pagerank).toBe('number');
      expect(typeof row.betweenness).toBe('number');
      expect(row.degree.constructor.name).toBe('Integer');
      expect(row.community.constructor.name).toBe('Integer');
    }
  });

  it('replaces the communities of earlier runs with one node per community', async () => {
    const [counts] = await query(
      `MATCH (c:Community) OPTIONAL MATCH (c)<-[m:IN_COMMUNITY]-()
       RETURN count(DISTINCT c) AS communities, count(m) AS memberships,
              count(CASE WHEN c.key = 'entity:41' THEN 1 END) AS stale`,
    );
    expect(counts.stale.toNumber()).toBe(0);
    expect(counts.communities.toNumber()).toBe(result.writeBack!.communities);
    expect(counts.memberships.toNumber()).toBe(result.writeBack!.memberships);
    expect(result.writeBack!.staleCommunitiesRemoved).toBe(1);
  });

  it('gives the same nodes and relationships when run again', async () => {
    const count = async () =>
      (
        await query(
          'MATCH (n) OPTIONAL MATCH (n)-[r]->() RETURN count(DISTINCT n) AS n, count(r) AS r',
        )
      )[0];
    const before = await count();
    const again = await analyze({ driver: driver(), out });
    expect(await count()).toEqual(before);
    expect(again.analysis.entity.communities).toEqual(result.analysis.entity.communities);
  });

  it('answers the top-officials query: the official who bridges the townships first', async () => {
    const rows = await named('analytics-top-officials-betweenness', { limit: '3' });
    expect(rows[0]).toMatchObject({ official: '林晓峰', posts: ['青禾镇 党委书记'] });
    expect(rows.map((r) => r.official)).toEqual(['林晓峰', '周明远', '陈秀兰']);
  });

  it('answers the alliance-clusters query with each alliance and its form of cooperation', async () => {
    const rows = await named('analytics-alliance-clusters', { limit: '10' });
    const clusters = rows.map((r) => [(r.members as string[]).sort(), r.forms]);
    expect(clusters).toEqual(
      expect.arrayContaining([
        [['东湾村', '海川港务集团', '渔港社区'], ['党建联建']],
        [['白石村', '竹溪村', '青禾村'], ['党建联盟']],
      ]),
    );
  });

  it('answers the program-spread query: the program implemented in both counties first', async () => {
    const rows = await named('analytics-program-spread', { limit: '5' });
    expect(rows[0]).toMatchObject({ program: '青禾共富计划', county_count: 2, implementers: 3 });
    expect((rows[0].counties as string[]).sort()).toEqual(['云岭县', '海川区']);
    expect(rows[1]).toMatchObject({ program: '港村联建', county_count: 1, counties: ['海川区'] });
  });

  it('answers the top-entities and communities queries', async () => {
    const villages = await named('analytics-top-entities', { type: 'Village', limit: '2' });
    expect(villages).toHaveLength(2);
    expect((villages[0].pagerank as number) >= (villages[1].pagerank as number)).toBe(true);
    const communities = await named('analytics-communities', { projection: 'cooperation' });
    expect(communities.map((c) => c.size)).toEqual([3, 3]);
  });
});
