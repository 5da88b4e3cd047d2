/**
 * `kg export --format tables`: from an extraction folder (offline) and from Neo4j
 * the same files, each a UTF-8 CSV a CSV library reads with the columns the data
 * dictionary lists. The corpus is the sample reports with their gold graphs
 * (written to a folder as `kg extract` would) and the namesakes of
 * test/fixtures/persons.
 */
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { run as exportCommand } from '../../src/commands/export';
import { DOCUMENTS_FILE } from '../../src/io/documents-file';
import { divisionHierarchy, loadCorpus, type Corpus } from '../../src/pipeline/load';
import { goldCorpus } from '../fixtures/load/corpus';
import { personsCorpus } from '../fixtures/persons/corpus';
import type { DocumentGraph } from '../../src/types/graph';
import { useNeo4j } from '../helpers/neo4j';

const FILES = [
  'persons.csv',
  'posts.csv',
  'places.csv',
  'statistics.csv',
  'relations.csv',
  'articles.csv',
];

/** The dictionary's columns per file: the rows of each `## file` section's table. */
function dictionaryColumns(readme: string): Record<string, string[]> {
  const columns: Record<string, string[]> = {};
  let file = '';
  for (const line of readme.split('\n')) {
    const heading = /^## (\S+\.csv)$/.exec(line);
    if (heading) file = heading[1];
    const row = /^\| `(\w+)` \| (string|integer|number|boolean|date|list) \| .+ \|$/.exec(line);
    if (row) (columns[file] ??= []).push(row[1]);
  }
  return columns;
}

async function writeExtractionFolder(corpus: Corpus, dir: string): Promise<void> {
  await fs.mkdir(dir, { recursive: true });
  for (const graph of corpus.graphs) {
    await fs.writeFile(path.join(dir, `${graph.doc}.json`), JSON.stringify(graph));
  }
  const lines = corpus.documents.map((d) => JSON.stringify(d)).join('\n');
  await fs.writeFile(path.join(dir, DOCUMENTS_FILE), `${lines}\n`);
}

describe('kg export --format tables', () => {
  const driver = useNeo4j();
  let tmp: string;
  let corpus: Corpus;

  beforeAll(async () => {
    tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'kg-tables-'));
    const gold = await goldCorpus();
    const persons = await personsCorpus(['v1']);
    // An older report's 奉化市, today's 奉化区: its former name goes with the place.
    const renamed: DocumentGraph = {
      doc: 'renamed-1998',
      entities: [
        { type: 'City', name: '宁波市', adminCode: '3302' },
        {
          type: 'County',
          name: '奉化区',
          adminCode: '330213',
          aliases: ['奉化市'],
          formerNames: ['奉化市'],
        },
      ],
      relations: [{ type: 'LOCATED_IN', head: '奉化区', tail: '宁波市' }],
      facts: [],
    };
    corpus = {
      documents: [...gold.documents, ...persons.documents],
      graphs: [...gold.graphs, ...persons.graphs, renamed],
    };
    await writeExtractionFolder(corpus, path.join(tmp, 'extracted'));
    await loadCorpus(driver(), corpus, { hierarchy: divisionHierarchy() });
    const log = jest.spyOn(console, 'log').mockImplementation(() => undefined);
    try {
      await exportCommand({
        format: 'tables',
        dir: path.join(tmp, 'extracted'),
        out: path.join(tmp, 'offline'),
      });
      await exportCommand({ format: 'tables', out: path.join(tmp, 'neo4j') });
    } finally {
      log.mockRestore();
    }
  });

  afterAll(async () => {
    await fs.rm(tmp, { recursive: true, force: true });
  });

  const read = (from: string, file: string) => fs.readFile(path.join(tmp, from, file), 'utf8');
  const table = async (from: string, file: string): Promise<Record<string, string>[]> =>
    parse(await read(from, file), { columns: true });

  it('writes every table, each with the columns its data dictionary lists', async () => {
    const dictionary = dictionaryColumns(await read('offline', 'README.md'));
    expect(Object.keys(dictionary)).toEqual(FILES);
    for (const file of FILES) {
      const [header] = parse(await read('offline', file), { to_line: 1 }) as string[][];
      expect(header).toEqual(dictionary[file]);
    }
  });

  it('gives the same files from Neo4j as from the extraction folder', async () => {
    for (const file of [...FILES, 'README.md']) {
      expect(await read('neo4j', file)).toEqual(await read('offline', file));
    }
  });

  it('has one row per post and article, with the sentence and the article date', async () => {
    const posts = await table('neo4j', 'posts.csv');
    const expected = corpus.graphs.reduce(
      (n, g) => n + g.relations.filter((r) => r.type === 'HOLDS_POSITION').length,
      0,
    );
    expect(posts).toHaveLength(expected);
    expect(posts).toContainEqual(
      expect.objectContaining({
        person_id: 'Person:程志远',
        title: '党支部书记',
        body: '际村',
        body_type: 'Village',
        place_id: 'place:341023101201',
        admin_code: '341023101201',
        admin_level: 'Village',
        status: 'current',
        since: '2016',
        until: '',
        as_of: '2022-03-15',
        article: 'east-2022',
        text: '2016年起任黟县宏村镇际村党支部书记的程志远，带领村民发展民宿。',
      }),
    );
    const located = posts.find((p) => p.body === '传化集团');
    expect(located).toMatchObject({ body_type: 'Organization' });
  });

  it('lists places with their parent code, statistics with their subject, articles with dates', async () => {
    const places = await table('neo4j', 'places.csv');
    expect(places).toContainEqual(
      expect.objectContaining({
        place_id: 'place:341023101201',
        code: '341023101201',
        name: '际村',
        level: 'Village',
        parent_code: '341023101',
      }),
    );
    expect(places).toContainEqual(
      expect.objectContaining({ place_id: 'place:330213', name: '奉化区', former_names: '奉化市' }),
    );
    const statistics = await table('neo4j', 'statistics.csv');
    expect(statistics).toContainEqual(
      expect.objectContaining({ subject: '小古城村', metric: '党员', value: '184', unit: '名' }),
    );
    const articles = await table('neo4j', 'articles.csv');
    expect(articles).toHaveLength(corpus.graphs.length);
    expect(articles).toContainEqual(expect.objectContaining({ article: 'renamed-1998', date: '' }));
    expect(articles).toContainEqual(
      expect.objectContaining({ article: '001_d4b8e6dcacffaaa2', date: '2022-06-23' }),
    );
    const relations = await table('neo4j', 'relations.csv');
    expect(new Set(relations.map((r) => r.source))).toEqual(new Set(['article', 'gazetteer']));
  });
});
