import type { GraphRows } from './graph-rows';
import { MAX_QUOTES, type RelationshipRow } from './model';
import { SentQuotes } from './sent-quotes';

/** A batch holding one relationship of `head`, stated with `quotes` sentences of `article`. */
function batch(article: string, quotes: number, head = 'Person:a'): GraphRows {
  const relationship: RelationshipRow = {
    key: `VISITED|${head}|place:1`,
    type: 'VISITED',
    head,
    headLabel: 'Person',
    tail: 'place:1',
    tailLabel: 'Place',
    props: {},
    gazetteer: false,
    articles: [article],
    quoteArticles: Array.from({ length: quotes }, () => article),
    quoteSentences: Array.from({ length: quotes }, (_, i) => i),
    quotes: Array.from({ length: quotes }, (_, i) => `${article} ${i}`),
  };
  const rows = { articles: [], entities: [], implied: [], mentions: [], statistics: [] };
  return { ...rows, relationships: [relationship] };
}

const quotesOf = (rows: GraphRows) => rows.relationships[0].quotes;

describe('SentQuotes', () => {
  it('sends only the quotes there is room for, and every article', () => {
    const sent = new SentQuotes();
    expect(quotesOf(sent.cut(batch('a', MAX_QUOTES - 3)))).toHaveLength(MAX_QUOTES - 3);
    const second = sent.cut(batch('b', 5));
    expect(quotesOf(second)).toEqual(['b 0', 'b 1', 'b 2']);
    expect(second.relationships[0].quoteSentences).toEqual([0, 1, 2]);
    expect(second.relationships[0].articles).toEqual(['b']);
    expect(quotesOf(sent.cut(batch('c', 2)))).toEqual([]);
  });

  it('sends them all again once a removal may have shortened the list', () => {
    const sent = new SentQuotes();
    sent.cut(batch('a', MAX_QUOTES));
    sent.forget(['Person:a']);
    expect(quotesOf(sent.cut(batch('b', 2)))).toHaveLength(2);
    sent.cut(batch('c', MAX_QUOTES));
    sent.clear();
    expect(quotesOf(sent.cut(batch('d', 2)))).toHaveLength(2);
  });

  it("keeps counting another person's relationships when one person moves", () => {
    const sent = new SentQuotes();
    sent.cut(batch('a', MAX_QUOTES));
    sent.forget(['Person:b']);
    expect(quotesOf(sent.cut(batch('b', 2)))).toEqual([]);
  });

  it('forgets keys not met in the last two batches, which then send their quotes', () => {
    const sent = new SentQuotes();
    sent.cut(batch('a', MAX_QUOTES));
    sent.cut(batch('b', 1, 'Person:b'));
    sent.cut(batch('c', 1, 'Person:c'));
    expect(quotesOf(sent.cut(batch('d', 2)))).toHaveLength(2);
  });
});
