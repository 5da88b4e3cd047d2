/** Corpus-level recall on texts written for this test. */
import { buildDocument } from '../ingest/build-document';
import { sentenceLocator } from '.';
import type { DocumentGraph } from '../../types/graph';
import { KnownNames, collectKnownNames, indexKnownNames, propagateKnownNames } from './known-names';

function propagate(text: string, known: KnownNames, graph?: Partial<DocumentGraph>) {
  const doc = buildDocument('sample.txt', Buffer.from(text, 'utf8'));
  const first: DocumentGraph = { doc: doc.name, entities: [], relations: [], facts: [], ...graph };
  return propagateKnownNames(doc, first, indexKnownNames(known), sentenceLocator(doc)).entities;
}

const mentionsOf = (entities: ReturnType<typeof propagate>) =>
  entities.map((e) => [e.name, e.type, (e.mentions ?? []).map((m) => m.textStart)]);

describe('propagateKnownNames', () => {
  it('adds every occurrence of a name found elsewhere in the corpus', () => {
    const known: KnownNames = new Map([['清廉村居建设', 'Program']]);
    const entities = propagate('全县推进清廉村居建设。清廉村居建设成效明显。', known);
    expect(mentionsOf(entities)).toEqual([['清廉村居建设', 'Program', [4, 11]]]);
  });

  it('lets the first known name win where two overlap, and skips covered text', () => {
    const known: KnownNames = new Map<string, 'Program' | 'Organization'>([
      ['共富工坊联盟', 'Organization'],
      ['山区共富工坊', 'Program'],
    ]);
    const entities = propagate('成立山区共富工坊联盟，再建共富工坊联盟。', known);
    expect(mentionsOf(entities)).toEqual([['共富工坊联盟', 'Organization', [4, 13]]]);
  });

  it('leaves occurrences inside the document’s own entities alone', () => {
    const known: KnownNames = new Map([['强村公司', 'Organization']]);
    const own = {
      type: 'Organization' as const,
      name: '青溪强村公司',
      aliases: [],
      mentions: [{ textStart: 0, textEnd: 6 } as never],
    };
    const entities = propagate('青溪强村公司与强村公司合作。', known, { entities: [own] });
    expect(mentionsOf(entities)).toEqual([
      ['青溪强村公司', 'Organization', [0]],
      ['强村公司', 'Organization', [7]],
    ]);
  });

  it('collects only long names of programs, organizations and events, first type first', () => {
    const graph = (entities: DocumentGraph['entities']): DocumentGraph => ({
      doc: 'd',
      entities,
      relations: [],
      facts: [],
    });
    const known = collectKnownNames([
      graph([
        { type: 'Program', name: '两新', aliases: [] },
        { type: 'Program', name: '千村示范工程', aliases: [] },
        { type: 'Person', name: '欧阳明远', aliases: [] },
      ]),
      graph([{ type: 'Event', name: '千村示范工程', aliases: [] }]),
    ]);
    expect([...known]).toEqual([['千村示范工程', 'Program']]);
  });
});
