/**
 * Tables for analysis (`kg export --format tables`): the graph as tidy CSV files
 * a researcher reads with one line of pandas or R, one row per observation (a
 * post as one article states it, a figure, a relation), each with the article and
 * sentence behind it, and a data dictionary (README.md) made from the same
 * column definitions, so the two cannot drift apart.
 *
 * Both sources give a `TableGraph`: an extraction folder (offline, through the
 * loader's own rows) or Neo4j (tables-neo4j.ts); the tables of one corpus are the
 * same either way.
 */
import { createWriteStream, promises as fs } from 'node:fs';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { stringify } from 'csv-stringify';
import { PLACE_TYPES } from '../../../types/graph';
import type { GraphRows } from '../graph-rows';
import type { RelationProperty } from '../model';
import { aliasesByKey } from '../bulk/neo4j-admin';

export interface TableArticle {
  id: string;
  title?: string;
  date?: string;
  source?: string;
  authors?: string[];
  file?: string;
}

export interface TableNode {
  key: string;
  type: string;
  name: string;
  adminCode?: string;
  formerNames?: string[];
  aliases: string[];
  /** The articles that mention it. */
  articles: string[];
}

interface TableSupport {
  articles: string[];
  quoteArticles: string[];
  quoteSentences: number[];
  quotes: string[];
}

export interface TableRelationship extends TableSupport {
  type: string;
  head: string;
  tail: string;
  props: Partial<Record<RelationProperty, string>>;
  gazetteer: boolean;
}

export interface TableStatistic extends TableSupport {
  subject: string;
  metric: string;
  value: number;
  unit: string;
  year?: number;
  approx?: boolean;
}

/** Where a person is named in an article: sentence index and offsets in the original text. */
export interface TableMention {
  article: string;
  key: string;
  sentences: number[];
  starts: number[];
  ends: number[];
}

export interface TableGraph {
  articles: TableArticle[];
  nodes: TableNode[];
  relationships: TableRelationship[];
  statistics: TableStatistic[];
  /** Persons' mentions only: they locate a post's person in its sentence. */
  mentions: TableMention[];
}

/** The graph the loader would write, from its rows merged over a corpus. */
export function tableGraphOfRows(rows: GraphRows): TableGraph {
  const aliases = aliasesByKey(rows);
  const articlesOf = new Map<string, Set<string>>();
  for (const m of rows.mentions) {
    articlesOf.set(m.key, (articlesOf.get(m.key) ?? new Set()).add(m.article));
  }
  return {
    articles: rows.articles.map((a) => ({ id: a.id, ...a.props })),
    nodes: [...rows.entities, ...rows.implied].map((e) => ({
      key: e.key,
      type: e.type,
      name: e.name,
      adminCode: e.adminCode,
      formerNames: e.formerNames,
      aliases: aliases.get(e.key) ?? [],
      articles: [...(articlesOf.get(e.key) ?? [])],
    })),
    relationships: rows.relationships,
    statistics: rows.statistics.map((s) => ({ ...s.props, ...s })),
    mentions: rows.mentions
      .filter((m) => m.label === 'Person')
      .map((m) => ({
        article: m.article,
        key: m.key,
        sentences: m.props.sentences ?? [],
        starts: m.props.starts ?? [],
        ends: m.props.ends ?? [],
      })),
  };
}

// ---------------------------------------------------------------- tables

type Cell = string | number | boolean | undefined;

interface Column<R> {
  name: string;
  type: 'string' | 'integer' | 'number' | 'boolean' | 'date' | 'list';
  meaning: string;
  value: (row: R, ix: GraphIndex) => Cell;
}

interface Table<R> {
  file: string;
  /** One row is … (for the dictionary). */
  row: string;
  columns: Column<R>[];
  rows: (graph: TableGraph, index: GraphIndex) => R[];
}

/** Between the items of a list cell. */
export const LIST_SEPARATOR = '|';
const list = (items: readonly string[] | undefined) =>
  items?.length ? [...items].sort().join(LIST_SEPARATOR) : undefined;

const PLACES: readonly string[] = PLACE_TYPES;
const isPlace = (n: TableNode | undefined) => n !== undefined && PLACES.includes(n.type);

/** Lookups shared by the tables. */
interface GraphIndex {
  node: (key: string) => TableNode | undefined;
  article: (id: string) => TableArticle | undefined;
  /** The place an organization lies in (stated LOCATED_IN), or a place's parent (gazetteer first). */
  placeOf: (key: string) => TableNode | undefined;
  parentOf: (key: string) => TableNode | undefined;
  /** Offsets of a person's name in one of an article's sentences. */
  mentionIn: (
    person: string,
    article: string,
    sentence: number | undefined,
  ) => { start?: number; end?: number };
}

function indexGraph(graph: TableGraph): GraphIndex {
  const nodes = new Map(graph.nodes.map((n) => [n.key, n]));
  const articles = new Map(graph.articles.map((a) => [a.id, a]));
  const parents = new Map<string, TableRelationship[]>();
  for (const r of graph.relationships) {
    if (r.type !== 'LOCATED_IN' || !isPlace(nodes.get(r.tail))) continue;
    parents.set(r.head, [...(parents.get(r.head) ?? []), r]);
  }
  // The gazetteer's parent first, then stated ones by key: one answer whatever the load order.
  const parentOf = (key: string) => {
    const edges = [...(parents.get(key) ?? [])].sort(
      (a, b) => Number(b.gazetteer) - Number(a.gazetteer) || a.tail.localeCompare(b.tail),
    );
    return edges.length ? nodes.get(edges[0].tail) : undefined;
  };
  const mentions = new Map(graph.mentions.map((m) => [`${m.article}\u0000${m.key}`, m]));
  return {
    node: (key) => nodes.get(key),
    article: (id) => articles.get(id),
    parentOf,
    placeOf: (key) => (isPlace(nodes.get(key)) ? nodes.get(key) : parentOf(key)),
    mentionIn: (person, article, sentence) => {
      const m = mentions.get(`${article}\u0000${person}`);
      const i = m && sentence !== undefined ? m.sentences.indexOf(sentence) : -1;
      return i < 0 ? {} : { start: m!.starts[i], end: m!.ends[i] };
    },
  };
}

/** One row per supporting article, with that article's first quoted sentence. */
interface Stated<T> {
  item: T;
  article?: string;
  sentence?: number;
  text?: string;
}

function perArticle<T extends TableSupport>(item: T): Stated<T>[] {
  return [...item.articles].sort().map((article) => {
    const i = item.quoteArticles.indexOf(article);
    return i < 0
      ? { item, article }
      : { item, article, sentence: item.quoteSentences[i], text: item.quotes[i] };
  });
}

const articleColumns = <T>(): Column<Stated<T>>[] => [
  {
    name: 'article',
    type: 'string',
    meaning: 'id of the article that states it (articles.csv)',
    value: (s) => s.article,
  },
  {
    name: 'as_of',
    type: 'date',
    meaning: "the article's date (ISO, as precise as known)",
    value: (s, ix) => (s.article ? ix.article(s.article)?.date : undefined),
  },
  {
    name: 'sentence',
    type: 'integer',
    meaning: 'index of the supporting sentence in the article (0-based)',
    value: (s) => s.sentence,
  },
  { name: 'text', type: 'string', meaning: 'the supporting sentence', value: (s) => s.text },
];

interface Post {
  stated: Stated<TableRelationship>;
  person?: TableNode;
  body?: TableNode;
  place?: TableNode;
}

const TABLES: Table<never>[] = [
  table<TableNode>({
    file: 'persons.csv',
    row: 'a person (namesakes without a shared tie are different persons)',
    rows: (g) => g.nodes.filter((n) => n.type === 'Person'),
    columns: [
      {
        name: 'person_id',
        type: 'string',
        meaning:
          "the person's key: `Person:<name>`, or `Person:<name>@<tie>` where the corpus knows namesakes",
        value: (n) => n.key,
      },
      { name: 'name', type: 'string', meaning: 'full name as written', value: (n) => n.name },
      {
        name: 'aliases',
        type: 'list',
        meaning: 'other names the articles use',
        value: (n) => list(n.aliases),
      },
      {
        name: 'articles',
        type: 'list',
        meaning: 'ids of the articles that name the person',
        value: (n) => list(n.articles),
      },
      {
        name: 'n_articles',
        type: 'integer',
        meaning: 'how many articles name the person',
        value: (n) => n.articles.length,
      },
    ],
  }),
  table<Post>({
    file: 'posts.csv',
    row: 'a post (HOLDS_POSITION) as one article states it: a person-post-article observation',
    rows: (g, ix) =>
      g.relationships
        .filter((r) => r.type === 'HOLDS_POSITION')
        .flatMap(perArticle)
        .map((stated) => ({
          stated,
          person: ix.node(stated.item.head),
          body: ix.node(stated.item.tail),
          place: ix.placeOf(stated.item.tail),
        })),
    columns: [
      {
        name: 'person_id',
        type: 'string',
        meaning: 'the person (persons.csv)',
        value: (p) => p.stated.item.head,
      },
      { name: 'name', type: 'string', meaning: "the person's name", value: (p) => p.person?.name },
      {
        name: 'title',
        type: 'string',
        meaning: 'the post, with the organ if any (县委书记, 党支部书记、村委会主任)',
        value: (p) => p.stated.item.props.title,
      },
      {
        name: 'body_id',
        type: 'string',
        meaning: 'the place or organization the post is at (places.csv for a place)',
        value: (p) => p.stated.item.tail,
      },
      { name: 'body', type: 'string', meaning: "the body's name", value: (p) => p.body?.name },
      {
        name: 'body_type',
        type: 'string',
        meaning: 'Province, City, County, Township, Village or Organization',
        value: (p) => p.body?.type,
      },
      {
        name: 'place_id',
        type: 'string',
        meaning: 'the place of the post: the body, or the place an organization lies in',
        value: (p) => p.place?.key,
      },
      { name: 'place', type: 'string', meaning: "the place's name", value: (p) => p.place?.name },
      {
        name: 'admin_code',
        type: 'string',
        meaning: "the place's national division code (unpadded; empty when not linked)",
        value: (p) => p.place?.adminCode,
      },
      {
        name: 'admin_level',
        type: 'string',
        meaning: "the place's administrative level: Province, City, County, Township, Village",
        value: (p) => p.place?.type,
      },
      {
        name: 'status',
        type: 'string',
        meaning: 'current, former or designate, where the text says',
        value: (p) => p.stated.item.props.status,
      },
      {
        name: 'since',
        type: 'date',
        meaning: 'year or date the post was taken up, where the text says',
        value: (p) => p.stated.item.props.since,
      },
      {
        name: 'until',
        type: 'date',
        meaning: 'year or date the post was left, where the text says',
        value: (p) => p.stated.item.props.until,
      },
      ...articleColumns<TableRelationship>().map(on((p: Post) => p.stated)),
      {
        name: 'start',
        type: 'integer',
        meaning:
          "offset of the person's name in the original file (UTF-16 code units), in that sentence",
        value: (p, ix) =>
          ix.mentionIn(p.stated.item.head, p.stated.article!, p.stated.sentence).start,
      },
      {
        name: 'end',
        type: 'integer',
        meaning: 'offset just after the name',
        value: (p, ix) =>
          ix.mentionIn(p.stated.item.head, p.stated.article!, p.stated.sentence).end,
      },
    ],
  }),
  table<TableNode>({
    file: 'places.csv',
    row: 'a place (linked ones by division code, with their ancestors)',
    rows: (g) => g.nodes.filter(isPlace),
    columns: [
      {
        name: 'place_id',
        type: 'string',
        meaning: '`place:<code>` for a linked place, else `<Level>:<name>`',
        value: (n) => n.key,
      },
      {
        name: 'code',
        type: 'string',
        meaning:
          'national division code, unpadded (2, 4, 6, 9 or 12 digits); empty when not linked',
        value: (n) => n.adminCode,
      },
      {
        name: 'name',
        type: 'string',
        meaning: 'official name with its suffix',
        value: (n) => n.name,
      },
      {
        name: 'level',
        type: 'string',
        meaning: 'Province, City, County, Township or Village',
        value: (n) => n.type,
      },
      {
        name: 'parent_code',
        type: 'string',
        meaning: "the parent's division code",
        value: (n, ix) => ix.parentOf(n.key)?.adminCode,
      },
      {
        name: 'parent_id',
        type: 'string',
        meaning: 'the parent place (by the division list, else as an article states it)',
        value: (n, ix) => ix.parentOf(n.key)?.key,
      },
      {
        name: 'aliases',
        type: 'list',
        meaning: 'other names the articles use',
        value: (n) => list(n.aliases),
      },
      {
        name: 'former_names',
        type: 'list',
        meaning:
          'former names of a renamed unit that articles use (奉化市 for 奉化区, by the general rule: 县 or 市 now 区, 县 now 市)',
        value: (n) => list(n.formerNames),
      },
      {
        name: 'n_articles',
        type: 'integer',
        meaning: 'how many articles name the place (0: only an ancestor of one that is named)',
        value: (n) => n.articles.length,
      },
    ],
  }),
  table<Stated<TableStatistic>>({
    file: 'statistics.csv',
    row: 'a figure about a named subject as one article states it',
    rows: (g) => g.statistics.flatMap(perArticle),
    columns: [
      {
        name: 'subject_id',
        type: 'string',
        meaning: 'the entity the figure is about',
        value: (s) => s.item.subject,
      },
      {
        name: 'subject',
        type: 'string',
        meaning: "the subject's name",
        value: (s, ix) => ix.node(s.item.subject)?.name,
      },
      {
        name: 'subject_type',
        type: 'string',
        meaning: "the subject's type (a place level, Organization, …)",
        value: (s, ix) => ix.node(s.item.subject)?.type,
      },
      {
        name: 'subject_code',
        type: 'string',
        meaning: "the subject's division code, for a linked place",
        value: (s, ix) => ix.node(s.item.subject)?.adminCode,
      },
      {
        name: 'metric',
        type: 'string',
        meaning: 'what is counted or measured (党员, 村级集体经济收入)',
        value: (s) => s.item.metric,
      },
      {
        name: 'value',
        type: 'number',
        meaning: 'the figure, 万/亿 expanded',
        value: (s) => s.item.value,
      },
      {
        name: 'unit',
        type: 'string',
        meaning: 'unit as written (名, 元, 户)',
        value: (s) => s.item.unit,
      },
      {
        name: 'year',
        type: 'integer',
        meaning: 'the year the figure refers to, where known',
        value: (s) => s.item.year,
      },
      {
        name: 'approx',
        type: 'boolean',
        meaning: 'true for 余, 多, 近, 超, 约',
        value: (s) => s.item.approx ?? false,
      },
      ...articleColumns<TableStatistic>(),
    ],
  }),
  table<Stated<TableRelationship>>({
    file: 'relations.csv',
    row: 'a relation as one article states it, or as the division list gives it (source gazetteer)',
    rows: (g) =>
      g.relationships.flatMap((r) =>
        r.articles.length ? perArticle(r) : r.gazetteer ? [{ item: r }] : [],
      ),
    columns: [
      {
        name: 'type',
        type: 'string',
        meaning:
          'HOLDS_POSITION, LOCATED_IN, COOPERATES_WITH, VISITED, PARTICIPATED_IN, IMPLEMENTS, OCCURRED_IN or HELD_IN',
        value: (s) => s.item.type,
      },
      { name: 'head_id', type: 'string', meaning: 'the head entity', value: (s) => s.item.head },
      {
        name: 'head',
        type: 'string',
        meaning: "the head's name",
        value: (s, ix) => ix.node(s.item.head)?.name,
      },
      {
        name: 'head_type',
        type: 'string',
        meaning: "the head's type",
        value: (s, ix) => ix.node(s.item.head)?.type,
      },
      { name: 'tail_id', type: 'string', meaning: 'the tail entity', value: (s) => s.item.tail },
      {
        name: 'tail',
        type: 'string',
        meaning: "the tail's name",
        value: (s, ix) => ix.node(s.item.tail)?.name,
      },
      {
        name: 'tail_type',
        type: 'string',
        meaning: "the tail's type",
        value: (s, ix) => ix.node(s.item.tail)?.type,
      },
      {
        name: 'title',
        type: 'string',
        meaning: 'HOLDS_POSITION: the post',
        value: (s) => s.item.props.title,
      },
      {
        name: 'via',
        type: 'string',
        meaning: 'COOPERATES_WITH: how (党建联建, 党建联盟)',
        value: (s) => s.item.props.via,
      },
      { name: 'date', type: 'date', meaning: 'VISITED: when', value: (s) => s.item.props.date },
      {
        name: 'role',
        type: 'string',
        meaning: 'PARTICIPATED_IN: as what (代表)',
        value: (s) => s.item.props.role,
      },
      {
        name: 'status',
        type: 'string',
        meaning: 'HOLDS_POSITION: current, former or designate',
        value: (s) => s.item.props.status,
      },
      {
        name: 'since',
        type: 'date',
        meaning: 'HOLDS_POSITION: taken up',
        value: (s) => s.item.props.since,
      },
      {
        name: 'until',
        type: 'date',
        meaning: 'HOLDS_POSITION: left',
        value: (s) => s.item.props.until,
      },
      {
        name: 'source',
        type: 'string',
        meaning: 'article, or gazetteer for a LOCATED_IN only the division list gives',
        value: (s) => (s.article ? 'article' : 'gazetteer'),
      },
      ...articleColumns<TableRelationship>(),
    ],
  }),
  table<TableArticle>({
    file: 'articles.csv',
    row: 'an article (a report)',
    rows: (g) => g.articles,
    columns: [
      {
        name: 'article',
        type: 'string',
        meaning: "the article's id: its file name without extension",
        value: (a) => a.id,
      },
      { name: 'title', type: 'string', meaning: 'headline', value: (a) => a.title },
      {
        name: 'date',
        type: 'date',
        meaning: 'publication date (ISO), where the report gives it',
        value: (a) => a.date,
      },
      { name: 'source', type: 'string', meaning: 'outlet (来源)', value: (a) => a.source },
      {
        name: 'authors',
        type: 'list',
        meaning: 'bylines: role, name and task (本报记者 张三)',
        value: (a) => list(a.authors),
      },
      {
        name: 'file',
        type: 'string',
        meaning: 'the report file it was read from',
        value: (a) => a.file,
      },
    ],
  }),
];

/** Types a table's definition by its row, then forgets it (the list holds several). */
function table<R>(t: Table<R>): Table<never> {
  return t as unknown as Table<never>;
}

/** A column of the stated item, read through the row that holds it. */
function on<R, S>(get: (row: R) => S) {
  return (c: Column<S>): Column<R> => ({ ...c, value: (row, ix) => c.value(get(row), ix) });
}

export interface WrittenTables {
  files: string[];
  rows: Record<string, number>;
}

/** The tables' header and rows, sorted: the same graph gives the same files. */
export function tableContents(
  graph: TableGraph,
): { file: string; header: string[]; rows: Cell[][] }[] {
  const ix = indexGraph(graph);
  return TABLES.map((t) => {
    const rows = t.rows(graph, ix).map((r) => t.columns.map((c) => c.value(r, ix)));
    rows.sort(compareRows);
    return { file: t.file, header: t.columns.map((c) => c.name), rows };
  });
}

function compareRows(a: Cell[], b: Cell[]): number {
  for (let i = 0; i < a.length; i++) {
    const [x, y] = [a[i] ?? '', b[i] ?? ''];
    if (x === y) continue;
    if (typeof x === 'number' && typeof y === 'number') return x - y;
    return String(x) < String(y) ? -1 : 1;
  }
  return 0;
}

/** The data dictionary: one section per file, one row per column (name, type, meaning). */
export function dataDictionary(): string {
  const lines = [
    '# Tables for analysis',
    '',
    'Written by `kg export --format tables`. UTF-8 CSV with a header row; an empty cell is',
    `a missing value; a list cell joins its items with \`${LIST_SEPARATOR}\`. Ids join the files:`,
    '`person_id` (persons.csv) in posts.csv, `place_id` (places.csv) in posts.csv,',
    '`article` (articles.csv) everywhere.',
    '',
  ];
  for (const t of TABLES) {
    lines.push(
      `## ${t.file}`,
      '',
      `One row: ${t.row}.`,
      '',
      '| column | type | meaning |',
      '|---|---|---|',
    );
    for (const c of t.columns)
      lines.push(`| \`${c.name}\` | ${c.type} | ${c.meaning.replace(/\|/g, '\\|')} |`);
    lines.push('');
  }
  return lines.join('\n');
}

/** Writes the tables and README.md into `dir` (created; earlier files replaced). */
export async function writeTables(graph: TableGraph, dir: string): Promise<WrittenTables> {
  await fs.mkdir(dir, { recursive: true });
  const written: WrittenTables = { files: [], rows: {} };
  for (const t of tableContents(graph)) {
    const file = path.join(dir, t.file);
    const csv = stringify({ cast: { boolean: (b) => String(b) } });
    const writing = pipeline(csv, createWriteStream(file));
    for (const row of [t.header, ...t.rows]) {
      if (!csv.write(row.map((c) => c ?? ''))) {
        await new Promise((resolve) => csv.once('drain', resolve));
      }
    }
    csv.end();
    await writing;
    written.files.push(file);
    written.rows[t.file] = t.rows.length;
  }
  const readme = path.join(dir, 'README.md');
  await fs.writeFile(readme, dataDictionary());
  written.files.push(readme);
  return written;
}
