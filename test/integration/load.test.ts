/**
 * Loading into the real Neo4j: provenance, the gazetteer hierarchy, idempotence,
 * and incremental loads (unchanged skipped, changed replaced, new added), on
 * invented reports in test/fixtures/load (v1: two reports; v2: one of them
 * rewritten; added: a third).
 */
import { loadCorpus, type Corpus } from '../../src/pipeline/load';
import { loadGazetteer } from '../../src/gazetteer/gazetteer';
import { resetDatabase, useNeo4j } from '../helpers/neo4j';
import { fixtureCorpus, graphCounts, graphSnapshot } from '../fixtures/load/corpus';

const hierarchy = loadGazetteer();

describe('loading into Neo4j', () => {
  const driver = useNeo4j();
  let v1: Corpus;
  let v2: Corpus;
  let v2Added: Corpus;

  beforeAll(async () => {
    v1 = await fixtureCorpus('v1');
    v2 = await fixtureCorpus('v1', 'v2');
    v2Added = await fixtureCorpus('v1', 'v2', 'added');
  });

  const load = (corpus: Corpus, batchSize?: number) =>
    loadCorpus(driver(), corpus, { hierarchy, batchSize });

  /** The database as a fresh load of `corpus` leaves it. */
  async function freshSnapshot(corpus: Corpus): Promise<string[]> {
    await resetDatabase(driver());
    await load(corpus);
    return graphSnapshot(driver());
  }

  async function rows(query: string, params: Record<string, unknown> = {}) {
    const { records } = await driver().executeQuery(query, params);
    return records.map((r) => r.toObject());
  }

  describe('a first load', () => {
    beforeAll(async () => {
      await resetDatabase(driver());
    });

    it('writes one article per document and reports it', async () => {
      const summary = await load(v1);
      expect(summary).toMatchObject({ documents: 2, loaded: 2, replaced: 0, skipped: 0 });
      expect(summary.warnings).toEqual([]);
      expect(summary.totals.nodes).toBe(summary.nodesCreated);
      const articles = await rows(
        'MATCH (a:Article) RETURN a.id AS id, a.title AS title, a.authors AS authors ORDER BY id',
      );
      expect(articles).toEqual([
        { id: 'alpha', title: '黟县际村探索党建联盟新路子', authors: ['本报记者 张清和'] },
        { id: 'beta', title: '渔亭镇团结村推广“乡村夜话”', authors: null },
      ]);
    });

    it('makes one node for an entity that several documents name', async () => {
      const [village] = await rows(
        'MATCH (v:Village:Place {key: $key}) RETURN v.name AS name, count { (v)<-[:MENTIONS]-() } AS articles',
        { key: 'place:341023101201' },
      );
      expect(village.name).toBe('际村');
      expect(village.articles.toNumber()).toBe(2);
    });

    it('links entities to the articles that mention them, with sentences and offsets', async () => {
      const [mention] = await rows(
        `MATCH (:Article {id: 'alpha'})-[m:MENTIONS]->(:Person {name: '王秀兰'})
         RETURN m.sentences AS sentences, m.textStarts AS starts, m.textEnds AS ends`,
      );
      const person = v1.graphs
        .find((g) => g.doc === 'alpha')!
        .entities.find((e) => e.name === '王秀兰')!;
      expect(person.mentions).toHaveLength(1);
      const [expected] = person.mentions!;
      expect(mention.sentences.map(Number)).toEqual([4]);
      expect(mention.starts.map(Number)).toEqual([expected.textStart]);
      expect(mention.ends.map(Number)).toEqual([expected.textEnd]);
      expect(expected.textStart).toBe(98);
    });

    it('records the articles and sentences that support a relationship', async () => {
      const [post] = await rows(
        `MATCH (:Person {name: '李明远'})-[r:HOLDS_POSITION]->(:Village {name: '际村'})
         RETURN r.title AS title, r.articles AS articles, r.quoteArticles AS quoteArticles,
                r.quotes AS quotes`,
      );
      expect(post.title).toBe('党支部书记');
      expect([...post.articles].sort()).toEqual(['alpha', 'beta']);
      expect(post.quotes).toHaveLength(2);
      const alphaQuote = post.quotes[post.quoteArticles.indexOf('alpha')];
      expect(alphaQuote).toContain('际村党支部书记李明远说');
    });

    it('keeps one undirected cooperation per pair of places', async () => {
      const cooperation = await rows(
        `MATCH (a)-[r:COOPERATES_WITH]-(b) WHERE a.name = '际村'
         RETURN b.name AS partner, r.via AS via`,
      );
      expect(cooperation).toEqual([{ partner: '塔川村', via: '党建联盟' }]);
    });

    it('ties statistics to their subject and year', async () => {
      const stats = await rows(
        `MATCH (:Village {name: '际村'})-[:HAS_STATISTIC]->(s:Statistic)-[:IN_YEAR]->(y:Year)
         RETURN s.metric AS metric, s.value AS value, s.unit AS unit, y.name AS year`,
      );
      expect(stats).toEqual([
        { metric: '村集体经济收入', value: 1200000, unit: '元', year: '2021' },
      ]);
    });

    it('fills LOCATED_IN up to the province from the gazetteer, marked as such', async () => {
      const chain = await rows(
        `MATCH path = (:Village {name: '团结村'})-[:LOCATED_IN*]->(p:Province)
         RETURN [n IN nodes(path) | n.name] AS names,
                [r IN relationships(path) | r.gazetteer] AS gazetteer,
                [r IN relationships(path) | r.articles] AS articles`,
      );
      expect(chain).toEqual([
        {
          names: ['团结村', '渔亭镇', '黟县', '黄山市', '安徽省'],
          gazetteer: [true, true, true, true],
          articles: [null, null, null, null],
        },
      ]);
    });

    it('marks a stated LOCATED_IN that the gazetteer also gives with both', async () => {
      const [edge] = await rows(
        `MATCH (:Village {name: '际村'})-[r:LOCATED_IN]->(:Township {name: '宏村镇'})
         RETURN r.gazetteer AS gazetteer, r.articles AS articles, count(*) AS edges`,
      );
      expect(edge).toMatchObject({ gazetteer: true, articles: ['alpha'] });
      expect(edge.edges.toNumber()).toBe(1);
    });
  });

  describe('loading again', () => {
    it('skips unchanged documents and changes nothing', async () => {
      const before = await freshSnapshot(v1);
      const summary = await load(v1);
      expect(summary).toMatchObject({ loaded: 0, replaced: 0, skipped: 2, nodesCreated: 0 });
      expect(summary.propertiesSet).toBe(0);
      expect(await graphSnapshot(driver())).toEqual(before);
    });

    it('leaves the same graph whatever the batch size', async () => {
      const together = await freshSnapshot(v2Added);
      await resetDatabase(driver());
      await load(v2Added, 1);
      expect(await graphSnapshot(driver())).toEqual(together);
    });
  });

  describe('a changed document', () => {
    let fresh: string[];
    let counts: Record<string, number>;

    beforeAll(async () => {
      fresh = await freshSnapshot(v2);
      counts = await graphCounts(driver());
      await resetDatabase(driver());
      await load(v1);
    });

    it('replaces its own part: the graph is as if it had been loaded changed from the start', async () => {
      const summary = await load(v2);
      expect(summary).toMatchObject({ loaded: 0, replaced: 1, skipped: 1 });
      expect(await graphCounts(driver())).toEqual(counts);
      expect(await graphSnapshot(driver())).toEqual(fresh);
    });

    it('drops what only it supported, down to places only it named and their gazetteer edges', async () => {
      const gone = await rows(
        `MATCH (n) WHERE n.name IN ['塔川村', '王秀兰', '2021'] RETURN n.name AS name`,
      );
      expect(gone).toEqual([]);
      const stats = await rows(
        "MATCH (:Village {name: '际村'})-[:HAS_STATISTIC]->(s) RETURN s.value AS value",
      );
      expect(stats).toEqual([{ value: 1500000 }]);
    });

    it('keeps what other documents share, with their support only', async () => {
      const [post] = await rows(
        `MATCH (:Person {name: '李明远'})-[r:HOLDS_POSITION]->(:Village {name: '际村'})
         RETURN r.articles AS articles, size(r.quotes) AS quotes`,
      );
      expect([...post.articles].sort()).toEqual(['alpha', 'beta']);
      expect(post.quotes.toNumber()).toBe(2);
      const [visit] = await rows(
        "MATCH (:Person {name: '陈立华'})-[r:VISITED]->(:Village {name: '际村'}) RETURN r.articles AS articles",
      );
      expect(visit.articles).toEqual(['beta']);
    });

    it('adds new documents beside the loaded ones', async () => {
      const summary = await load(v2Added);
      expect(summary).toMatchObject({ loaded: 1, replaced: 0, skipped: 2 });
      const [event] = await rows(
        `MATCH (e:Event)-[:HELD_IN]->(t:Township)-[:LOCATED_IN]->(c:County)
         RETURN e.name AS event, t.name AS township, c.name AS county`,
      );
      expect(event).toEqual({ event: '乡村夜话交流会', township: '西递镇', county: '黟县' });
      expect(await graphSnapshot(driver())).toEqual(await freshSnapshot(v2Added));
    });
  });

  it('loads a graph whose relation names no entity, leaving that relation out', async () => {
    await resetDatabase(driver());
    const graph = v1.graphs.find((g) => g.doc === 'alpha')!;
    const documents = v1.documents.filter((d) => d.name === 'alpha');
    const broken = {
      ...graph,
      relations: [...graph.relations, { type: 'VISITED' as const, head: '李明远', tail: '无此村' }],
    };
    const summary = await load({ documents, graphs: [broken] });
    expect(summary.loaded).toBe(1);
    expect(summary.warnings).toEqual([
      'alpha: relation VISITED 李明远 → 无此村: no entity named "无此村"',
    ]);
  });
});
