/**
 * One person per person across reports, in Neo4j and in the tables: namesakes in
 * two counties stay two, one official in two reports is one, a later report that
 * ties the namesakes merges them and its changed version splits them again;
 * however the reports come in, the graph is the one a fresh load of the same
 * reports gives (test/fixtures/persons).
 */
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { tableGraphOfRows, writeTables } from '../../src/pipeline/load/tables/tables';
import { divisionHierarchy, loadCorpus, type Corpus } from '../../src/pipeline/load';
import { corpusRows } from '../../src/pipeline/load/graph-rows';
import { graphSnapshot } from '../fixtures/load/corpus';
import { personsCorpus } from '../fixtures/persons/corpus';
import { resetDatabase, useNeo4j } from '../helpers/neo4j';

const hierarchy = divisionHierarchy();
const SEPARATE = ['east-2019', 'west-2020', 'east-2022'];

/** The corpus with a second report identical to `name` but for its name. */
function withCopy(corpus: Corpus, name: string, copy: string): Corpus {
  const renamed = <T>(value: T): T =>
    JSON.parse(JSON.stringify(value).replaceAll(`"${name}"`, `"${copy}"`)) as T;
  const doc = corpus.documents.find((d) => d.name === name)!;
  const graph = corpus.graphs.find((g) => g.doc === name)!;
  return {
    documents: [...corpus.documents, renamed(doc)],
    graphs: [...corpus.graphs, renamed(graph)],
  };
}

describe('persons across reports', () => {
  const driver = useNeo4j();
  let separate: Corpus;
  let bridged: Corpus;
  let unbridged: Corpus;

  beforeAll(async () => {
    separate = await personsCorpus(['v1'], SEPARATE);
    bridged = await personsCorpus(['v1']);
    unbridged = await personsCorpus(['v1', 'changed']);
  });

  const load = (corpus: Corpus, batchSize?: number) =>
    loadCorpus(driver(), corpus, { hierarchy, batchSize });

  async function persons() {
    const { records } = await driver().executeQuery(
      `MATCH (p:Person)<-[:MENTIONS]-(a:Article)
       WITH p, a ORDER BY a.id
       RETURN p.key AS key, collect(a.id) AS articles ORDER BY key`,
    );
    return records.map((r) => r.toObject());
  }

  async function freshSnapshot(corpus: Corpus): Promise<string[]> {
    await resetDatabase(driver());
    await load(corpus);
    return graphSnapshot(driver());
  }

  it('keeps namesakes in two counties apart and one official in two reports together', async () => {
    await resetDatabase(driver());
    await load(separate);
    expect(await persons()).toEqual([
      { key: 'Person:程志远@county:341022', articles: ['west-2020'] },
      { key: 'Person:程志远@county:341023', articles: ['east-2019', 'east-2022'] },
    ]);
    const { records } = await driver().executeQuery(
      `MATCH (:Person {key: 'Person:程志远@county:341023'})-[r:HOLDS_POSITION]->(v:Village)
       RETURN r.title AS title, r.since AS since, r.status AS status, r.articles AS articles,
              r.asOf AS asOf ORDER BY since`,
    );
    expect(records.map((r) => r.toObject())).toEqual([
      {
        title: '党支部书记',
        since: '2016',
        status: 'current',
        articles: ['east-2022'],
        asOf: ['2022-03-15'],
      },
      {
        title: '党支部书记',
        since: null,
        status: 'current',
        articles: ['east-2019'],
        asOf: ['2019-05-10'],
      },
    ]);
  });

  it('merges them when a later report ties them, as a fresh load of all does', async () => {
    const fresh = await freshSnapshot(bridged);
    await resetDatabase(driver());
    await load(separate);
    const summary = await load(bridged);
    expect(summary).toMatchObject({ loaded: 1, skipped: 3 });
    expect(await persons()).toEqual([
      {
        key: 'Person:程志远',
        articles: ['bridge-2023', 'east-2019', 'east-2022', 'west-2020'],
      },
    ]);
    expect(await graphSnapshot(driver())).toEqual(fresh);
  });

  it('gives the same graph whatever the order and batches the reports come in', async () => {
    const fresh = await freshSnapshot(bridged);
    await resetDatabase(driver());
    const [first, ...rest] = [...bridged.graphs].reverse();
    await load({ documents: bridged.documents, graphs: [first] });
    await load({ documents: bridged.documents, graphs: rest }, 1);
    expect(await graphSnapshot(driver())).toEqual(fresh);
  });

  it('moves a post two loaded reports support when a later report ties its holder', async () => {
    const copied = withCopy(bridged, 'east-2019', 'east-2019-copy');
    const fresh = await freshSnapshot(copied);
    await resetDatabase(driver());
    const untied = copied.graphs.filter((g) => g.doc !== 'bridge-2023');
    await load({ documents: copied.documents, graphs: untied });
    await load(copied);
    expect(await graphSnapshot(driver())).toEqual(fresh);
  });

  it('splits them again when the tying report is replaced by one without the tie', async () => {
    const fresh = await freshSnapshot(unbridged);
    await resetDatabase(driver());
    await load(bridged);
    const summary = await load(unbridged);
    expect(summary).toMatchObject({ replaced: 1, skipped: 3 });
    expect(await persons()).toEqual([
      { key: 'Person:程志远@county:341022', articles: ['bridge-2023', 'west-2020'] },
      { key: 'Person:程志远@county:341023', articles: ['east-2019', 'east-2022'] },
    ]);
    expect(await graphSnapshot(driver())).toEqual(fresh);
  });

  it('persons.csv lists the namesakes as two persons, the tied official as one', async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'kg-persons-'));
    try {
      const read = async (corpus: Corpus) => {
        await writeTables(tableGraphOfRows(corpusRows(corpus, hierarchy).rows), dir);
        const rows: Record<string, string>[] = parse(
          await fs.readFile(path.join(dir, 'persons.csv')),
          { columns: true },
        );
        return rows.map((r) => [r.person_id, r.name, r.articles]);
      };
      expect(await read(separate)).toEqual([
        ['Person:程志远@county:341022', '程志远', 'west-2020'],
        ['Person:程志远@county:341023', '程志远', 'east-2019|east-2022'],
      ]);
      expect(await read(bridged)).toEqual([
        ['Person:程志远', '程志远', 'bridge-2023|east-2019|east-2022|west-2020'],
      ]);
    } finally {
      await fs.rm(dir, { recursive: true, force: true });
    }
  });
});
