import type { DocumentGraph } from '../../types/graph';
import { mergeRows, withoutWritten } from './graph-rows';
import { tinyHierarchy as hierarchy } from '../../../test/fixtures/load/tiny-hierarchy';
import { MAX_QUOTES, mapDocument } from './model';

const graph = (doc: string): DocumentGraph => ({
  doc,
  entities: [
    { type: 'Village', name: '东山村', adminCode: '100001' },
    { type: 'Program', name: '党建联盟' },
  ],
  relations: [{ type: 'IMPLEMENTS', head: '东山村', tail: '党建联盟' }],
  facts: [],
});

describe('withoutWritten', () => {
  it('drops the hierarchy an earlier batch of the load wrote, keeps what articles state', () => {
    const written = new Set<string>();
    const first = withoutWritten(
      mergeRows([mapDocument(graph('a'), undefined)], hierarchy),
      written,
    );
    expect(first.implied.map((n) => n.key)).toEqual(['place:100', 'place:1']);
    expect(first.relationships.filter((r) => r.gazetteer)).toHaveLength(2);
    const second = withoutWritten(
      mergeRows([mapDocument(graph('b'), undefined)], hierarchy),
      written,
    );
    expect(second.implied).toEqual([]);
    expect(second.relationships.map((r) => r.type)).toEqual(['IMPLEMENTS']);
    expect(second.entities).toHaveLength(2);
  });
});

describe('mergeRows', () => {
  it('keeps the first MAX_QUOTES quotes of a relationship and every article', () => {
    const docs = Array.from({ length: MAX_QUOTES + 5 }, (_, i) => {
      const rows = mapDocument(graph(`d${i}`), undefined);
      const support = rows.relationships[0];
      support.quoteArticles = [`d${i}`];
      support.quoteSentences = [0];
      support.quotes = [`sentence ${i}`];
      return rows;
    });
    const [implementing] = mergeRows(docs, hierarchy).relationships.filter(
      (r) => r.type === 'IMPLEMENTS',
    );
    expect(implementing.articles).toHaveLength(MAX_QUOTES + 5);
    expect(implementing.quotes).toHaveLength(MAX_QUOTES);
    expect(implementing.quoteArticles).toEqual(implementing.articles.slice(0, MAX_QUOTES));
  });
});
