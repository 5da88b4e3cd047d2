/**
 * Loads a corpus (documents and their graphs) into Neo4j, incrementally:
 * a document whose bytes and graph are unchanged since it was loaded is skipped;
 * a changed one first has its own part removed (its mentions, its support of
 * relationships and statistics, and the entities only it named) and is then
 * written again; a new one is added. Documents go in batches of a bounded number
 * of rows (batches.ts), one managed write transaction per batch, so a crash
 * leaves every document loaded whole or not at all, and loading again completes
 * the rest. Graphs may come as a stream: only the batch being written is held.
 */
import type { Driver, ManagedTransaction, Session } from 'neo4j-driver';
import { messageOf } from '../../errors';
import type { NormalizedDocument } from '../../types/document';
import type { DocumentGraph } from '../../types/graph';
import {
  KEEP_PLAN,
  addCounters,
  countGraph,
  readTransaction,
  runQuery,
  runStatements,
  writeTransaction,
  zeroCounters,
  type Counters,
  type Statement,
} from '../../neo4j/executor';
import { DEFAULT_LIMITS, batches, countBatches, graphRows, type BatchLimits } from './batches';
import { divisionHierarchy } from './divisions';
import { mergeRows, withoutWritten } from './graph-rows';
import type { Hierarchy } from './hierarchy';
import { articleRow, mapDocument, type ArticleRow, type DocumentRows } from './model';
import {
  moveMentions,
  moveStatements,
  newWrittenPersons,
  planPersons,
  type PersonMove,
  type WrittenPersons,
} from './person-identity';
import {
  DELETE_ORPHANS,
  DROP_MENTIONS,
  DROP_RELATIONSHIP_SUPPORT,
  DROP_STATISTIC_SUPPORT,
  EXISTING_ARTICLES,
  MENTIONED_NODES,
  SET_ALIASES,
  hashStatement,
  writeStatements,
} from './statements';
import { SentQuotes } from './sent-quotes';

export interface Corpus {
  documents: NormalizedDocument[];
  graphs: DocumentGraph[];
}

/** One document's graph and, when there is one, the document itself (for metadata and quotes). */
export interface CorpusEntry {
  graph: DocumentGraph;
  doc?: NormalizedDocument;
}

export interface LoadOptions {
  /** Most documents per write transaction (default: only `batchRows` bounds a batch). */
  batchSize?: number;
  /** Most rows (entities, mentions, relations, facts) per write transaction (default 10,000). */
  batchRows?: number;
  onProgress?: (message: string) => void;
  /** The division hierarchy for LOCATED_IN up to the province; by default `divisionHierarchy()`. */
  hierarchy?: Hierarchy;
}

export interface LoadSummary extends Counters {
  /** Graphs given. */
  documents: number;
  /** New articles written. */
  loaded: number;
  /** Articles whose document or graph changed, written again. */
  replaced: number;
  /** Articles already loaded as they are. */
  skipped: number;
  /** Graphs that could not be mapped at all (see warnings). */
  failed: number;
  /** Relations or facts left out, documents without a graph, failures. */
  warnings: string[];
  /** Nodes and relationships in the database after the load. */
  totals: { nodes: number; relationships: number };
  /** The article id of every graph given, loaded or not: what the input holds (see prune.ts). */
  inputArticles: Set<string>;
}

interface Planned {
  graph: DocumentGraph;
  doc: NormalizedDocument | undefined;
  article: ArticleRow;
  replaces: boolean;
}

/** Loads a corpus held in memory; documents and graphs are paired by name. */
export async function loadCorpus(
  driver: Driver,
  corpus: Corpus,
  options: LoadOptions = {},
): Promise<LoadSummary> {
  const docs = new Map(corpus.documents.map((d) => [d.name, d]));
  const entries = corpus.graphs.map((graph) => ({ graph, doc: docs.get(graph.doc) }));
  const batchCount = countBatches(corpus.graphs.map(graphRows), limitsOf(options));
  return load(driver, entries, options, unpairedDocuments(corpus), batchCount);
}

/**
 * Loads graphs as they come (e.g. read one by one from an extraction folder:
 * `streamCorpus`), a batch at a time, so memory does not grow with the corpus.
 */
export function loadEntries(
  driver: Driver,
  entries: Iterable<CorpusEntry> | AsyncIterable<CorpusEntry>,
  options: LoadOptions = {},
): Promise<LoadSummary> {
  return load(driver, entries, options, []);
}

function limitsOf(options: LoadOptions): BatchLimits {
  return {
    rows: Math.max(1, options.batchRows ?? DEFAULT_LIMITS.rows),
    documents: Math.max(1, options.batchSize ?? DEFAULT_LIMITS.documents),
  };
}

async function load(
  driver: Driver,
  entries: Iterable<CorpusEntry> | AsyncIterable<CorpusEntry>,
  options: LoadOptions,
  warnings: string[],
  batchCount?: number,
): Promise<LoadSummary> {
  const progress = options.onProgress ?? (() => undefined);
  const summary: LoadSummary = {
    documents: 0,
    loaded: 0,
    replaced: 0,
    skipped: 0,
    failed: 0,
    warnings,
    totals: { nodes: 0, relationships: 0 },
    inputArticles: new Set(),
    ...zeroCounters(),
  };
  // Two sessions: the next batch is read, planned and mapped (reader) while the
  // server writes the current one (writer), so the client's work and the
  // server's overlap. Writes stay one after the other, in order.
  const session = driver.session({ defaultAccessMode: 'WRITE' });
  const reader = driver.session({ defaultAccessMode: 'READ' });
  let divisions = options.hierarchy;
  const hierarchy = () => (divisions ??= divisionHierarchy());
  const cut = batches(entries, (e) => graphRows(e.graph), limitsOf(options));
  let b = 0;
  const context: PrepareContext = {
    read: (during) => (work) => readTransaction(reader, work, during),
    hierarchy,
    summary,
    written: new Set(),
    quotes: new SentQuotes(),
    seen: summary.inputArticles,
    persons: newWrittenPersons(),
  };
  // Undefined at the end; a batch with nothing to write is `{ prepared: undefined }`.
  const prepareNext = async (): Promise<{ prepared?: Prepared } | undefined> => {
    const next = await cut.next();
    if (next.done) return undefined;
    const label = `batch ${++b}${batchCount ? `/${batchCount}` : ''}`;
    summary.documents += next.value.length;
    const say = (message: string) => progress(`${label}: ${message}`);
    return { prepared: await prepareBatch(context, next.value, say) };
  };
  try {
    let pending = prepareNext();
    for (let batch = await pending; batch; batch = await pending) {
      const writing = batch.prepared && writePrepared(session, batch.prepared, summary);
      pending = prepareNext();
      pending.catch(() => undefined); // awaited in the next turn, once the write is done
      await writing;
    }
    summary.totals = await countGraph(driver);
  } finally {
    await reader.close();
    await session.close();
  }
  return summary;
}

/**
 * A batch planned, mapped and turned into statements, ready to write: only the
 * rows are kept, not the graphs and documents they came from.
 */
interface Prepared {
  /** Articles written, and which of them replace an earlier load. */
  articles: { id: string; replaces: boolean }[];
  statements: Statement[];
  /** Loaded articles' persons that the batch makes another person. */
  moves: PersonMove[];
  /** The article hashes, written last. */
  hashes: Statement;
  progress: (message: string) => void;
}

interface PrepareContext {
  /** Read transactions whose failures say what was being read. */
  read: (during: string) => ReadRunner;
  hierarchy: () => Hierarchy;
  summary: LoadSummary;
  /**
   * Keys of the nodes and relationships only the hierarchy implies, written by
   * this load's earlier batches; undefined once a batch replaces articles (its
   * removal may delete some of them).
   */
  written?: Set<string>;
  /** The quotes this load sent, so that a batch sends only those there is room for. */
  quotes: SentQuotes;
  /** Article ids met so far: a second graph of the same document is left out. */
  seen: Set<string>;
  /** The persons this load wrote, ahead of what a read beside a write sees. */
  persons: WrittenPersons;
}

/** Plans a batch (skip, add, replace), maps the documents to write and makes the statements. */
async function prepareBatch(
  context: PrepareContext,
  entries: CorpusEntry[],
  progress: (message: string) => void,
): Promise<Prepared | undefined> {
  const { summary } = context;
  const planned = await plan(
    context.read('reading which documents are loaded'),
    firstOfEachDocument(entries, context.seen, summary),
  );
  const todo = planned.filter((p): p is Planned => p !== 'skip');
  summary.skipped += planned.length - todo.length;
  if (todo.length < planned.length) progress(`${planned.length - todo.length} unchanged`);
  const persons = await planPersons(
    context.read('reading the persons already loaded'),
    todo.map((p) => p.graph),
    context.persons,
  );
  const documents = mapBatch(todo, summary, persons.keys);
  if (!documents.length) return undefined;
  const mapped = new Set(documents.map((d) => d.article.id));
  if (todo.some((p) => p.replaces)) {
    context.written = undefined;
    context.quotes.clear();
  }
  // A moved person's relationships and statistics lose the moved articles' support.
  context.quotes.forget(persons.moves.flatMap((m) => [m.from, m.to]));
  const merged = mergeRows(documents, context.hierarchy());
  const rows = context.quotes.cut(
    context.written ? withoutWritten(merged, context.written) : merged,
  );
  return {
    articles: todo
      .filter((p) => mapped.has(p.article.id))
      .map((p) => ({ id: p.article.id, replaces: p.replaces })),
    statements: writeStatements(rows),
    moves: persons.moves,
    hashes: hashStatement(rows.articles),
    progress,
  };
}

/** What to do when a batch's transaction fails: the batches before it are committed. */
export const RESUME =
  'the documents committed before are kept and the interrupted batch was rolled back: ' +
  'run the load again to finish (unchanged documents are skipped)';

/** Writes a prepared batch in one transaction, and counts what it did. */
async function writePrepared(
  session: Session,
  batch: Prepared,
  summary: LoadSummary,
): Promise<void> {
  const counters = await writeTransaction(
    session,
    (tx) => writeBatch(tx, batch),
    `loading ${batch.articles.map((a) => a.id).join(', ')}`,
    RESUME,
  );
  addCounters(summary, counters);
  for (const a of batch.articles) summary[a.replaces ? 'replaced' : 'loaded']++;
  batch.progress('committed');
}

type ReadRunner = <T>(work: (tx: ManagedTransaction) => Promise<T>) => Promise<T>;

/** Decides per graph: skip it, write it anew, or replace what it wrote before. */
async function plan(read: ReadRunner, entries: CorpusEntry[]): Promise<(Planned | 'skip')[]> {
  const articles = entries.map(({ graph, doc }) => articleRow(graph, doc));
  const ids = articles.map((a) => a.id);
  const records = await read((tx) => runQuery(tx, KEEP_PLAN + EXISTING_ARTICLES, { ids }));
  const loaded = new Map<string, { contentHash?: string; graphHash?: string }>();
  for (const r of records) {
    loaded.set(r.get('id'), {
      contentHash: r.get('contentHash') ?? undefined,
      graphHash: r.get('graphHash') ?? undefined,
    });
  }
  return entries.map(({ graph, doc }, i) => {
    const article = articles[i];
    const before = loaded.get(article.id);
    const unchanged =
      before?.graphHash === article.graphHash && before.contentHash === article.contentHash;
    if (unchanged) return 'skip';
    return { graph, doc, article, replaces: before !== undefined };
  });
}

/** The entries whose document has not come before in this load; the others become warnings. */
function firstOfEachDocument(
  entries: CorpusEntry[],
  seen: Set<string>,
  summary: LoadSummary,
): CorpusEntry[] {
  return entries.filter(({ graph }) => {
    if (!seen.has(graph.doc)) {
      seen.add(graph.doc);
      return true;
    }
    summary.warnings.push(`${graph.doc}: a second graph of the document is not loaded`);
    return false;
  });
}

function unpairedDocuments(corpus: Corpus): string[] {
  const graphs = new Set(corpus.graphs.map((g) => g.doc));
  return corpus.documents
    .filter((d) => !graphs.has(d.name))
    .map((d) => `${d.name}: a document without a graph is not loaded`);
}

/** Maps each document; one that cannot be mapped is reported and left out of the batch. */
function mapBatch(
  batch: Planned[],
  summary: LoadSummary,
  personKeys: ReadonlyMap<string, string>,
): DocumentRows[] {
  const rows: DocumentRows[] = [];
  for (const p of batch) {
    try {
      const mapped = mapDocument(p.graph, p.doc, p.article, personKeys);
      summary.warnings.push(...mapped.warnings);
      rows.push(mapped);
    } catch (error) {
      summary.failed++;
      summary.warnings.push(`${p.graph.doc}: not loaded: ${messageOf(error)}`);
    }
  }
  return rows;
}

/**
 * One transaction: remove the replaced articles' part, move the persons the batch
 * changes, write the batch, tidy up, stamp hashes.
 */
async function writeBatch(tx: ManagedTransaction, batch: Prepared): Promise<Counters> {
  const counters = zeroCounters();
  const replaced = batch.articles.filter((a) => a.replaces).map((a) => a.id);
  const removed = replaced.length ? await removeArticles(tx, replaced, counters) : [];
  const moved = await moveMentions(tx, batch.moves, counters);
  const candidates = [...removed, ...moved.left];
  batch.progress(`writing ${batch.articles.length} documents`);
  const moves = moveStatements(batch.moves, moved.parts);
  await runStatements(tx, [...moves, ...batch.statements], counters);
  await deleteOrphans(tx, candidates, counters);
  // The aliases of the nodes written grow with the batch; those of the nodes a
  // replaced article mentioned, or a person moved from or to, are made again
  // from the mentions left.
  const remade = [...candidates, ...moved.reached];
  if (remade.length) {
    await runQuery(tx, KEEP_PLAN + SET_ALIASES, { ids: [...new Set(remade)] }, counters);
  }
  await runStatements(tx, [batch.hashes], counters);
  return counters;
}

/** Takes the articles' part off the graph; returns the nodes that may now be orphans. */
export async function removeArticles(
  tx: ManagedTransaction,
  ids: string[],
  counters: Counters,
): Promise<string[]> {
  const [mentioned] = await runQuery(tx, KEEP_PLAN + MENTIONED_NODES, { ids }, counters);
  await runQuery(tx, KEEP_PLAN + DROP_RELATIONSHIP_SUPPORT, { ids }, counters);
  const years = await runQuery(tx, KEEP_PLAN + DROP_STATISTIC_SUPPORT, { ids }, counters);
  await runQuery(tx, KEEP_PLAN + DROP_MENTIONS, { ids }, counters);
  return [
    ...((mentioned?.get('ids') as string[] | undefined) ?? []),
    ...years.flatMap((r) => r.get('years') as string[]),
  ];
}

/** Deletes orphaned candidates, then their gazetteer parents that nothing holds any more. */
export async function deleteOrphans(
  tx: ManagedTransaction,
  candidates: string[],
  counters: Counters,
): Promise<void> {
  let ids = [...new Set(candidates)];
  while (ids.length) {
    const records = await runQuery(tx, KEEP_PLAN + DELETE_ORPHANS, { ids }, counters);
    ids = [...new Set(records.flatMap((r) => r.get('parents') as string[]))];
  }
}
