/**
 * The quotes a load has sent per relationship or statistic, so that a batch sends
 * only those the server can still keep (MAX_QUOTES, the first ones loaded): a
 * relationship that every article states would otherwise carry its full share of
 * sentences in every batch, only to be dropped by the server.
 *
 * What the load sent is never more than the database holds (a batch appends up to
 * MAX_QUOTES to what is there), so a row cut to the room left gives the same
 * quotes as the whole row. Only removals shorten a list: a replaced article's
 * (`clear`) and a moved person's (`forget`). Counts are kept for the keys of the
 * last two batches only, so memory does not grow with the corpus; a key met again
 * after that sends its quotes in full, as without the counts.
 */
import type { GraphRows } from './graph-rows';
import { MAX_QUOTES, type Support } from './model';

interface Sent {
  count: number;
  /** The relationship's head or the statistic's subject. */
  end: string;
}

export class SentQuotes {
  private recent = new Map<string, Sent>();
  private older = new Map<string, Sent>();

  /** The batch's rows with the quotes there is room for, counted as sent. */
  cut(rows: GraphRows): GraphRows {
    const batch = new Map<string, Sent>();
    const cutRow = <T extends Support & { key: string }>(row: T, end: string): T => {
      const sent = this.recent.get(row.key) ?? this.older.get(row.key);
      const room = MAX_QUOTES - (sent?.count ?? 0);
      const kept = Math.min(room, row.quotes.length);
      batch.set(row.key, { count: MAX_QUOTES - room + kept, end });
      if (kept === row.quotes.length) return row;
      return {
        ...row,
        quoteArticles: row.quoteArticles.slice(0, kept),
        quoteSentences: row.quoteSentences.slice(0, kept),
        quotes: row.quotes.slice(0, kept),
      };
    };
    const cut = {
      ...rows,
      relationships: rows.relationships.map((r) => cutRow(r, r.head)),
      statistics: rows.statistics.map((s) => cutRow(s, s.subject)),
    };
    [this.older, this.recent] = [this.recent, batch];
    return cut;
  }

  /** Forgets the counts of the relationships and statistics of these heads or subjects. */
  forget(ends: Iterable<string>): void {
    const gone = new Set(ends);
    for (const counts of [this.recent, this.older]) {
      for (const [key, sent] of counts) if (gone.has(sent.end)) counts.delete(key);
    }
  }

  clear(): void {
    this.recent.clear();
    this.older.clear();
  }
}
