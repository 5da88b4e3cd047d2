/**
 * The bulk path: the graph of a corpus as node and relationship CSV files with
 * the headers `neo4j-admin database import full` expects (`key:ID(Entity)`,
 * `:LABEL`, `:START_ID(Article)`, `names:string[]`, …). The rows are the UNWIND
 * loader's (src/pipeline/load/model.ts), merged over the whole corpus, so an
 * import of these files builds the same graph as `kg load` does.
 */
import { createWriteStream, promises as fs } from 'node:fs';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { stringify } from 'csv-stringify';
import { loadGazetteer } from '../../../gazetteer/gazetteer';
import { corpusRows, type GraphRows } from '../graph-rows';
import type { Hierarchy } from '../hierarchy';
import type { Corpus } from '../loader';
import { RELATION_PROPERTIES, type EntityRow, type Support } from '../model';
import { labelsOf } from '../../../graph/labels';

/** Between the elements of an array field; a control character no report text holds. */
export const ARRAY_DELIMITER = '\u001f';
/** The same, as neo4j-admin's `--array-delimiter` takes it. */
export const ARRAY_DELIMITER_OPTION = 'U+001F';

export interface Neo4jAdminExport {
  files: string[];
  /** The node files, then the relationship files: `--nodes=` and `--relationships=` of the import. */
  nodeFiles: string[];
  relationshipFiles: string[];
  nodes: number;
  relationships: number;
  warnings: string[];
}

type Cell = string | number | boolean | null | undefined | (string | number)[];

interface CsvFile {
  name: string;
  header: string[];
  rows: Cell[][];
}

const SUPPORT_HEADER = [
  'articles:string[]',
  'quoteArticles:string[]',
  'quoteSentences:long[]',
  'quotes:string[]',
];
const supportCells = (s: Support): Cell[] => [
  s.articles,
  s.quoteArticles,
  s.quoteSentences,
  s.quotes,
];

/** Writes the corpus's graph as CSV files into `outDir` (created; files of an earlier export replaced). */
export async function exportNeo4jAdmin(
  corpus: Corpus,
  outDir: string,
  hierarchy: Hierarchy = loadGazetteer(),
): Promise<Neo4jAdminExport> {
  const { rows, warnings } = corpusRows(corpus, hierarchy);
  const nodeFiles = nodeCsvFiles(rows);
  const relationshipFiles = relationshipCsvFiles(rows);
  await fs.mkdir(outDir, { recursive: true });
  const write = async (f: CsvFile) => {
    const file = path.join(outDir, f.name);
    await writeCsv(file, f.header, f.rows);
    return file;
  };
  const nodePaths = [];
  for (const f of nodeFiles) nodePaths.push(await write(f));
  const relationshipPaths = [];
  for (const f of relationshipFiles) relationshipPaths.push(await write(f));
  const count = (files: CsvFile[]) => files.reduce((n, f) => n + f.rows.length, 0);
  return {
    files: [...nodePaths, ...relationshipPaths],
    nodeFiles: nodePaths,
    relationshipFiles: relationshipPaths,
    nodes: count(nodeFiles),
    relationships: count(relationshipFiles),
    warnings,
  };
}

/** Every name the articles use for each entity, as the loader's aliases (sorted, without the name). */
export function aliasesByKey(rows: GraphRows): Map<string, string[]> {
  const names = new Map<string, Set<string>>();
  for (const m of rows.mentions) {
    const set = names.get(m.key) ?? new Set<string>();
    for (const name of m.props.names) set.add(name);
    names.set(m.key, set);
  }
  const aliases = new Map<string, string[]>();
  for (const e of rows.entities) {
    aliases.set(e.key, [...(names.get(e.key) ?? [])].filter((n) => n !== e.name).sort());
  }
  return aliases;
}

function nodeCsvFiles(rows: GraphRows): CsvFile[] {
  const aliases = aliasesByKey(rows);
  const entityCells = (e: EntityRow): Cell[] => [
    e.key,
    labelsOf(e.type),
    e.name,
    e.type,
    e.adminCode,
    aliases.get(e.key),
    e.formerNames,
  ];
  return [
    {
      name: 'nodes-articles.csv',
      header: [
        'id:ID(Article)',
        ':LABEL',
        'name',
        'title',
        'date',
        'source',
        'authors:string[]',
        'file',
        'documentId',
        'contentHash',
        'graphHash',
      ],
      rows: rows.articles.map((a) => [
        a.id,
        'Article',
        a.props.name,
        a.props.title,
        a.props.date,
        a.props.source,
        a.props.authors,
        a.props.file,
        a.props.documentId,
        a.contentHash,
        a.graphHash,
      ]),
    },
    {
      name: 'nodes-entities.csv',
      header: [
        'key:ID(Entity)',
        ':LABEL',
        'name',
        'type',
        'adminCode',
        'aliases:string[]',
        'formerNames:string[]',
      ],
      rows: [...rows.entities, ...rows.implied].map(entityCells),
    },
    {
      name: 'nodes-statistics.csv',
      header: [
        'key:ID(Statistic)',
        ':LABEL',
        'name',
        'figure',
        'subject',
        'metric',
        'value:double',
        'unit',
        'year:long',
        'approx:boolean',
        ...SUPPORT_HEADER,
      ],
      rows: rows.statistics.map((s) => [
        s.key,
        'Statistic',
        s.props.name,
        s.props.figure,
        s.props.subject,
        s.props.metric,
        s.props.value,
        s.props.unit,
        s.props.year,
        s.props.approx,
        ...supportCells(s),
      ]),
    },
  ];
}

function relationshipCsvFiles(rows: GraphRows): CsvFile[] {
  // A post's `asOf`: the date of each supporting article, as the loader writes it.
  const dates = new Map(rows.articles.map((a) => [a.id, a.props.date]));
  return [
    {
      name: 'relationships-mentions.csv',
      header: [
        ':START_ID(Article)',
        ':END_ID(Entity)',
        ':TYPE',
        'names:string[]',
        'ties:string[]',
        'sentences:long[]',
        'starts:long[]',
        'ends:long[]',
        'textStarts:long[]',
        'textEnds:long[]',
      ],
      rows: rows.mentions.map((m) => [
        m.article,
        m.key,
        'MENTIONS',
        m.props.names,
        m.props.ties,
        m.props.sentences,
        m.props.starts,
        m.props.ends,
        m.props.textStarts,
        m.props.textEnds,
      ]),
    },
    {
      name: 'relationships-relations.csv',
      header: [
        ':START_ID(Entity)',
        ':END_ID(Entity)',
        ':TYPE',
        'key',
        ...RELATION_PROPERTIES,
        'asOf:string[]',
        'gazetteer:boolean',
        ...SUPPORT_HEADER,
      ],
      rows: rows.relationships.map((r) => [
        r.head,
        r.tail,
        r.type,
        r.key,
        r.props.title,
        r.props.via,
        r.props.date,
        r.props.role,
        r.props.status,
        r.props.since,
        r.props.until,
        r.type === 'HOLDS_POSITION' ? asOf(r.articles, dates) : undefined,
        r.gazetteer || undefined,
        ...supportCells(r),
      ]),
    },
    {
      name: 'relationships-statistics.csv',
      header: [':START_ID(Entity)', ':END_ID(Statistic)', ':TYPE'],
      rows: rows.statistics.map((s) => [s.subject, s.key, 'HAS_STATISTIC']),
    },
    {
      name: 'relationships-statistic-years.csv',
      header: [':START_ID(Statistic)', ':END_ID(Entity)', ':TYPE'],
      rows: rows.statistics
        .filter((s) => s.yearKey !== undefined)
        .map((s) => [s.key, s.yearKey, 'IN_YEAR']),
    },
  ];
}

/** The loader's `asOf` of a post: its articles' dates, none when none has one. */
function asOf(articles: string[], dates: Map<string, string | undefined>): string[] | undefined {
  const list = articles.map((a) => dates.get(a) ?? '');
  return list.some(Boolean) ? list : undefined;
}

/** A cell as neo4j-admin reads it: absent values and empty lists as empty fields (no property). */
function csvValue(cell: Cell): string | number | boolean {
  if (cell === undefined || cell === null) return '';
  if (Array.isArray(cell)) return cell.join(ARRAY_DELIMITER);
  return cell;
}

async function writeCsv(file: string, header: string[], rows: Cell[][]): Promise<void> {
  const csv = stringify({ cast: { boolean: (b) => String(b) } });
  const writing = pipeline(csv, createWriteStream(file));
  for (const row of [header, ...rows]) {
    if (!csv.write(row.map(csvValue))) await new Promise((resolve) => csv.once('drain', resolve));
  }
  csv.end();
  await writing;
}
