import type { DocumentGraph } from '../../types/graph';
import { resolveCorpus } from './corpus';

const graph = (doc: string, entities: DocumentGraph['entities']): DocumentGraph => ({
  doc,
  entities,
  relations: [],
  facts: [],
});

describe('resolveCorpus', () => {
  it('merges a linked place by its code and gathers the forms of every document', () => {
    const merged = resolveCorpus([
      graph('a', [{ type: 'City', name: '湖州市', aliases: ['湖州'], adminCode: '3305' }]),
      graph('b', [{ type: 'City', name: '湖州市', aliases: [], adminCode: '3305' }]),
    ]);
    expect(merged).toHaveLength(1);
    expect(merged[0]).toMatchObject({
      key: 'place:3305',
      aliases: ['湖州'],
      documents: ['a', 'b'],
    });
  });

  it('keeps namesakes with different codes apart and merges persons by name', () => {
    const merged = resolveCorpus([
      graph('a', [
        { type: 'Village', name: '双河村', adminCode: '330523001245' },
        { type: 'Person', name: '钱立新' },
      ]),
      graph('b', [
        { type: 'Village', name: '双河村', adminCode: '500101100200' },
        { type: 'Person', name: '钱立新' },
      ]),
    ]);
    expect(merged.map((e) => e.key).sort()).toEqual([
      'Person:钱立新',
      'place:330523001245',
      'place:500101100200',
    ]);
  });
});
