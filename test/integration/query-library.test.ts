/**
 * Every query of the library (cypher/queries, except the analytics ones, which
 * need `kg analyze`) runs against the loaded sample reports and gives the answer
 * the gold annotations imply. The graph is the five reports of data/raw
 * (ingested here, for titles, dates and sources) with the hand-made gold graphs
 * of data/gold, which carry every relation and fact the extraction is still
 * learning to find (but no evidence sentences), and the invented careers of
 * test/fixtures/persons (two namesakes 程志远 in two counties, the village
 * secretary who came after one of them).
 */
import { promises as fs } from 'node:fs';
import { isInt } from 'neo4j-driver';
import { run as queryCommand } from '../../src/commands/query';
import { loadGazetteer } from '../../src/gazetteer/gazetteer';
import { loadCorpus, type Corpus } from '../../src/pipeline/load';
import { bindParams, listQueries, readQuery, runNamedQuery } from '../../src/query/query-library';
import { paths } from '../../src/neo4j/layout';
import { resetDatabase, useNeo4j } from '../helpers/neo4j';
import { goldCorpus } from '../fixtures/load/corpus';
import { personsCorpus } from '../fixtures/persons/corpus';

type Row = Record<string, unknown>;

/** Integers as numbers, so rows compare with plain literals. */
function plain(value: unknown): unknown {
  if (isInt(value)) return value.toNumber();
  if (Array.isArray(value)) return value.map(plain);
  return value;
}

const ARTICLE_000 = '新征程，浙江如何先行';
const ARTICLE_002 = '勇担使命，守好红色根脉';

describe('query library on the sample reports', () => {
  const driver = useNeo4j();
  let corpus: Corpus;
  const tested = new Set<string>();

  beforeAll(async () => {
    const gold = await goldCorpus();
    const careers = await personsCorpus(
      ['v1', 'successor'],
      ['east-2019', 'west-2020', 'east-2022', 'successor-2024'],
    );
    corpus = {
      documents: [...gold.documents, ...careers.documents],
      graphs: [...gold.graphs, ...careers.graphs],
    };
    await resetDatabase(driver());
    await loadCorpus(driver(), corpus, { hierarchy: loadGazetteer() });
  });

  async function query(name: string, params: Record<string, string> = {}): Promise<Row[]> {
    tested.add(name);
    const q = await readQuery(name);
    const { rows } = await runNamedQuery(driver(), q, bindParams(q, params));
    return rows.map((row) =>
      Object.fromEntries(Object.entries(row).map(([k, v]) => [k, plain(v)])),
    );
  }

  const column = (rows: Row[], name: string) => rows.map((r) => r[name]);

  it('officials-of-village: the officials of a village and their posts', async () => {
    expect(await query('officials-of-village', { village: '小古城村' })).toEqual([
      {
        village: '小古城村',
        official: '林国荣',
        post: '党委书记、村委会主任',
        articles: [ARTICLE_002],
      },
    ]);
  });

  it('posts-of-person: every post of a person', async () => {
    expect(await query('posts-of-person', { person: '江海洋' })).toEqual([
      { post: '市委常委', at: '嘉兴市', kind: 'City', articles: [ARTICLE_000] },
      { post: '县委书记', at: '嘉善县', kind: 'County', articles: [ARTICLE_000] },
    ]);
  });

  it('alliance-members: the villages of an alliance', async () => {
    const rows = await query('alliance-members', { member: '薛家村' });
    expect(new Set(column(rows, 'alliance'))).toEqual(new Set(['党建联盟']));
    expect(column(rows, 'member')).toEqual(['乌浆村', '寺坪村', '登丰村', '薛家村']);
  });

  it('counties-implementing-program: the counties that carry out a program', async () => {
    const alliance = await query('counties-implementing-program', { program: '城镇圈党建' });
    expect(column(alliance, 'county')).toEqual(['吴江区', '嘉善县', '青浦区']);
    // Through a township and a village of the county, by the division list.
    const throughPlaces = await query('counties-implementing-program', { program: '美丽党员' });
    expect(throughPlaces).toHaveLength(1);
    expect(throughPlaces[0].county).toBe('海盐县');
    expect([...(throughPlaces[0].through as string[])].sort()).toEqual(['通元镇', '雪水港村']);
  });

  it('events-timeline: events and programs by year', async () => {
    const rows = await query('events-timeline');
    const pairs = new Set<string>();
    for (const g of corpus.graphs) {
      const types = new Map(g.entities.map((e) => [e.name, e.type]));
      for (const r of g.relations) {
        if (r.type === 'OCCURRED_IN' && ['Event', 'Program'].includes(types.get(r.head)!)) {
          pairs.add(`${r.tail} ${r.head}`);
        }
      }
    }
    expect(rows).toHaveLength(pairs.size);
    expect(rows[0]).toMatchObject({ year: '2004', kind: 'Program' });
    expect(rows).toContainEqual({
      year: '2012',
      what: '浙江省第十三次党代会',
      kind: 'Event',
      held_in: ['杭州市'],
    });
    const years = column(rows, 'year') as string[];
    expect([...years].sort()).toEqual(years);
  });

  it('place-facts: every fact about a village with its source', async () => {
    const rows = await query('place-facts', { place: '小古城村' });
    expect(rows).toHaveLength(17);
    expect(rows).toContainEqual(
      expect.objectContaining({
        subject: '习近平',
        relation: 'VISITED',
        object: '小古城村',
        detail: '2005-01-04',
        source: ARTICLE_002,
      }),
    );
    expect(rows).toContainEqual(
      expect.objectContaining({ relation: 'HAS_STATISTIC', object: '党员', detail: '184名' }),
    );
  });

  it('shortest-path-between-officials: how two officials are connected', async () => {
    expect(
      await query('shortest-path-between-officials', { from: '周康健', to: '陈四海' }),
    ).toEqual([
      {
        chain: ['周康健', '金峨村', '雷山村', '陈四海'],
        relations: ['HOLDS_POSITION', 'COOPERATES_WITH', 'HOLDS_POSITION'],
        hops: 3,
      },
    ]);
  });

  it('places-with-most-programs: the places with the most programs', async () => {
    const rows = await query('places-with-most-programs', { limit: '3' });
    expect(rows.map((r) => [r.place, r.level, r.count])).toEqual([
      ['浙江省', 'Province', 48],
      ['嘉兴市', 'City', 14],
      ['绍兴市', 'City', 12],
    ]);
  });

  it('relation-sources: which article supports a relation, either way round for cooperation', async () => {
    expect(await query('relation-sources', { head: '周康健', tail: '金峨村' })).toEqual([
      expect.objectContaining({
        relation: 'HOLDS_POSITION',
        detail: '党支部书记',
        article: '000_a3822320b72d08a3',
        title: ARTICLE_000,
        sentences: [],
      }),
    ]);
    expect(await query('relation-sources', { head: '乌浆村', tail: '薛家村' })).toEqual([
      expect.objectContaining({
        relation: 'COOPERATES_WITH',
        detail: '党建联盟',
        article: '001_d4b8e6dcacffaaa2',
        date: '2022-06-23',
        source: '浙江日报',
      }),
    ]);
  });

  it('entity-statistics: the figures about a village', async () => {
    const rows = await query('entity-statistics', { name: '清泉村' });
    expect(rows).toHaveLength(10);
    expect(rows).toContainEqual({
      metric: '人口',
      value: 4211,
      unit: '人',
      year: 2008,
      approx: false,
      articles: 1,
    });
  });

  it('articles-mentioning: the articles that name an entity, by name or alias', async () => {
    const county = await query('articles-mentioning', { name: '嘉善县' });
    expect(column(county, 'article')).toEqual(['000_a3822320b72d08a3', '004_855363b1b919a39e']);
    const byAlias = await query('articles-mentioning', { name: '浙江' });
    expect(byAlias).toHaveLength(5);
    expect(new Set(column(byAlias, 'kind'))).toEqual(new Set(['Province']));
  });

  it('places-within: the places inside a township', async () => {
    expect(await query('places-within', { place: '西坞街道' })).toEqual([
      { place: '金峨村', level: 'Village', code: '330213004207' },
      { place: '雷山村', level: 'Village', code: '330213004222' },
    ]);
  });

  it('visits: who visited where and when', async () => {
    const rows = await query('visits');
    expect(rows.map((r) => [r.visitor, r.place, r.date])).toEqual([
      ['习近平', '小古城村', '2005-01-04'],
      ['陈谦', '余新镇', null],
    ]);
  });

  it('event-participants: who took part in an event, with their posts', async () => {
    const rows = await query('event-participants', { event: '党的二十大' });
    expect(column(rows, 'participant')).toEqual(['史孟艳', '朱重烈', '江海洋']);
    expect(rows[0]).toEqual({ participant: '史孟艳', role: '代表', posts: ['党委书记@灵峰社区'] });
  });

  it('program-implementers: everything that implements a program, with its province', async () => {
    const rows = await query('program-implementers', { program: '党建联建' });
    expect(rows).toHaveLength(8);
    expect(rows).toContainEqual({ implementer: '福建省', kind: 'Province', province: ['福建省'] });
    expect(rows).toContainEqual({ implementer: '金峨村', kind: 'Village', province: ['浙江省'] });
  });

  it('officials-in-region: the officials of a city, down to its villages', async () => {
    const rows = await query('officials-in-region', { region: '嘉兴市' });
    expect(rows).toHaveLength(9);
    expect(rows).toContainEqual({ official: '陈余良', post: '党总支书记', at: '雪水港村' });
    expect(rows).toContainEqual({ official: '江海洋', post: '县委书记', at: '嘉善县' });
  });

  it('most-mentioned: the entities named in the most articles', async () => {
    expect(await query('most-mentioned', { limit: '2' })).toEqual([
      { name: '浙江省', kind: 'Province', articles: 5 },
      { name: '习近平', kind: 'Person', articles: 4 },
    ]);
    const villages = await query('most-mentioned', { type: 'Village', limit: '3' });
    expect(new Set(column(villages, 'kind'))).toEqual(new Set(['Village']));
  });

  it('articles: each article with what it contributes', async () => {
    const rows = await query('articles');
    expect(rows.map((r) => [r.article, r.entities, r.relations, r.statistics])).toEqual(
      [...corpus.graphs]
        .sort((a, b) => a.doc.localeCompare(b.doc))
        .map((g) => [g.doc, g.entities.length, g.relations.length, g.facts.length]),
    );
    expect(rows[1]).toMatchObject({ date: '2022-06-23', source: '浙江日报' });
  });

  it('cooperation-partners: who a county cooperates with and how', async () => {
    expect(await query('cooperation-partners', { name: '庆元县' })).toEqual([
      { partner: '政和县', kind: 'County', via: '跨省通办', articles: 1 },
      { partner: '松溪县', kind: 'County', via: '跨省通办', articles: 1 },
    ]);
  });

  it('year-overview: what happened in a year, and its figures', async () => {
    const rows = await query('year-overview', { year: '2021' });
    expect(rows).toHaveLength(16);
    expect(rows).toContainEqual({ kind: 'Event', what: '党史学习教育', figure: null });
    expect(rows).toContainEqual({ kind: 'Statistic', what: '浙江省 党员', figure: '4269000名' });
  });

  it('person-career: the posts of each person of a name over time', async () => {
    const rows = await query('person-career', { person: '程志远' });
    expect(rows.map((r) => [r.person, r.post, r.at, r.status, r.since, r.as_of])).toEqual([
      ['Person:程志远@county:341022', '镇长', '海阳镇', 'current', null, '2020-08-03'],
      ['Person:程志远@county:341023', '党支部书记', '际村', 'current', '2016', '2022-03-15'],
      ['Person:程志远@county:341023', '党支部书记', '际村', 'current', null, '2019-05-10'],
    ]);
    expect(rows[1]).toMatchObject({ kind: 'Village', articles: ['east-2022'] });
  });

  it('officials-of-place-over-time: who held posts in a county, oldest first', async () => {
    const rows = await query('officials-of-place-over-time', { place: '黟县' });
    expect(rows.map((r) => [r.year, r.official, r.post, r.at])).toEqual([
      ['2016', '程志远', '党支部书记', '际村'],
      ['2019', '程志远', '党支部书记', '际村'],
      ['2023', '方海涛', '党支部书记', '际村'],
    ]);
  });

  it('predecessors-and-successors: the holders of the same post at the same body', async () => {
    const rows = await query('predecessors-and-successors', { person: '方海涛' });
    expect(rows.map((r) => [r.at, r.post, r.holder, r.this_person, r.since])).toEqual([
      ['际村', '党支部书记', '程志远', false, '2016'],
      ['际村', '党支部书记', '程志远', false, null],
      ['际村', '党支部书记', '方海涛', true, '2023'],
    ]);
  });

  it('namesakes: the persons of one name and what tells them apart', async () => {
    expect(await query('namesakes')).toEqual([
      {
        name: '程志远',
        person: 'Person:程志远@county:341022',
        ties: ['county:341022'],
        posts: ['镇长@海阳镇'],
        articles: 1,
      },
      {
        name: '程志远',
        person: 'Person:程志远@county:341023',
        ties: ['county:341023'],
        posts: ['党支部书记@际村'],
        articles: 2,
      },
    ]);
  });

  it("the Browser guide's queries run on the sample graph and find something", async () => {
    const guide = await fs.readFile(paths.guide, 'utf8');
    const queries = [...guide.matchAll(/<pre class="code runnable">([\s\S]*?)<\/pre>/g)].map((m) =>
      m[1].replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&'),
    );
    expect(queries.length).toBeGreaterThanOrEqual(6);
    for (const text of queries) {
      const { records } = await driver().executeQuery(text);
      expect([text, records.length > 0]).toEqual([text, true]);
    }
  });

  it('covers every query of the library but the analytics ones', async () => {
    const names = (await listQueries())
      .map((q) => q.name)
      .filter((n) => !n.startsWith('analytics-'));
    expect(names.length).toBeGreaterThanOrEqual(15);
    expect([...tested].sort()).toEqual([...names].sort());
  });

  it('kg query prints a table, and lists the library without a name', async () => {
    const lines: string[] = [];
    const log = jest
      .spyOn(console, 'log')
      .mockImplementation((...a) => void lines.push(a.join(' ')));
    try {
      await queryCommand({ name: 'cooperation-partners', param: { name: '庆元县' } });
      await queryCommand({});
    } finally {
      log.mockRestore();
    }
    const [table, listing] = lines;
    expect(table).toMatch(/│ partner *│ kind *│ via *│ articles *│/);
    expect(table).toMatch(/│ 政和县 *│ County *│ 跨省通办 *│ 1 *│/);
    expect(table.endsWith('2 rows')).toBe(true);
    expect(listing).toContain('officials-of-village\n');
    expect(listing).toContain('--param village=');
  });
});
