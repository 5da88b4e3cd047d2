/**
 * The rows of several documents merged into one set, as one transaction writes
 * them (a batch) or the export writes them (the whole corpus): one row per node
 * key and relationship key, supports concatenated.
 */
import { corpusPersonKeys } from '../../graph/persons';
import { hierarchyRows, type Hierarchy } from './hierarchy';
import type { Corpus } from './loader';
import {
  MAX_QUOTES,
  mapDocument,
  yearKey,
  type ArticleRow,
  type DocumentRows,
  type EntityRow,
  type MentionRow,
  type RelationshipRow,
  type StatisticRow,
  type Support,
} from './model';

export interface GraphRows {
  articles: ArticleRow[];
  /** Entities the articles name: their names are set from the articles. */
  entities: EntityRow[];
  /** Nodes only implied (ancestors of linked places, years of statistics): made if missing. */
  implied: EntityRow[];
  mentions: MentionRow[];
  relationships: RelationshipRow[];
  statistics: StatisticRow[];
}

export function mergeRows(documents: DocumentRows[], hierarchy: Hierarchy): GraphRows {
  const entities = new Map<string, EntityRow>();
  const relationships = new Map<string, RelationshipRow>();
  const statistics = new Map<string, StatisticRow>();
  for (const doc of documents) {
    for (const entity of doc.entities) {
      // A former name any article uses stays known (a set, in sorted order as the loader keeps it).
      const former = [
        ...(entities.get(entity.key)?.formerNames ?? []),
        ...(entity.formerNames ?? []),
      ];
      const formerNames = former.length ? [...new Set(former)].sort() : undefined;
      entities.set(entity.key, { ...entity, formerNames });
    }
    for (const row of doc.relationships) mergeInto(relationships, row);
    for (const row of doc.statistics) mergeInto(statistics, row);
  }
  const hierarchy_ = hierarchyRows([...entities.values()], hierarchy);
  for (const row of hierarchy_.relationships) mergeInto(relationships, row);
  const implied = new Map<string, EntityRow>();
  for (const place of hierarchy_.places) {
    if (!entities.has(place.key)) implied.set(place.key, place);
  }
  for (const { props } of statistics.values()) {
    if (props.year === undefined) continue;
    const key = yearKey(props.year);
    if (!entities.has(key)) implied.set(key, { key, type: 'Year', name: String(props.year) });
  }
  return {
    articles: documents.map((d) => d.article),
    entities: [...entities.values()],
    implied: [...implied.values()],
    mentions: documents.flatMap((d) => d.mentions),
    relationships: [...relationships.values()],
    statistics: [...statistics.values()],
  };
}

/**
 * A whole corpus as rows, persons told apart across it (graph/persons.ts), as an
 * incremental load of it leaves the database; relations and facts left out become warnings.
 */
export function corpusRows(
  corpus: Corpus,
  hierarchy: Hierarchy,
): { rows: GraphRows; warnings: string[] } {
  const docs = new Map(corpus.documents.map((d) => [d.name, d]));
  const persons = corpusPersonKeys(corpus.graphs);
  const mapped = corpus.graphs.map((g) => mapDocument(g, docs.get(g.doc), undefined, persons));
  return { rows: mergeRows(mapped, hierarchy), warnings: mapped.flatMap((m) => m.warnings) };
}

/**
 * The rows without what only the hierarchy implies and an earlier batch of the
 * same load already wrote (ancestor places, years, gazetteer LOCATED_IN that no
 * article states): a batch need not MERGE them again. Adds the keys it keeps to
 * `written`.
 */
export function withoutWritten(rows: GraphRows, written: Set<string>): GraphRows {
  const implied = rows.implied.filter((n) => !written.has(n.key));
  const relationships = rows.relationships.filter(
    (r) => !(r.gazetteer && r.articles.length === 0 && written.has(r.key)),
  );
  for (const n of implied) written.add(n.key);
  for (const r of relationships) if (r.gazetteer && r.articles.length === 0) written.add(r.key);
  return { ...rows, implied, relationships };
}

/**
 * Adds a row under its key, or joins its support (and gazetteer mark) to the row
 * already there; quotes up to MAX_QUOTES, as the loader keeps them.
 */
function mergeInto<T extends Support & { key: string; gazetteer?: boolean }>(
  rows: Map<string, T>,
  row: T,
): void {
  const seen = rows.get(row.key);
  if (!seen) {
    rows.set(row.key, { ...row, ...copySupport(row) });
    return;
  }
  for (const article of row.articles)
    if (!seen.articles.includes(article)) seen.articles.push(article);
  const room = Math.max(0, MAX_QUOTES - seen.quotes.length);
  seen.quoteArticles.push(...row.quoteArticles.slice(0, room));
  seen.quoteSentences.push(...row.quoteSentences.slice(0, room));
  seen.quotes.push(...row.quotes.slice(0, room));
  if (row.gazetteer) seen.gazetteer = true;
}

function copySupport(s: Support): Support {
  return {
    articles: [...s.articles],
    quoteArticles: s.quoteArticles.slice(0, MAX_QUOTES),
    quoteSentences: s.quoteSentences.slice(0, MAX_QUOTES),
    quotes: s.quotes.slice(0, MAX_QUOTES),
  };
}
