import type { DocumentGraph } from '../../types/graph';
import { mergeRows } from './graph-rows';
import { mapDocument, type MentionRow } from './model';
import { mentionPositions, writeStatements } from './statements';

describe('writeStatements', () => {
  const hostile = "x'}) DETACH DELETE n //";
  const graph: DocumentGraph = {
    doc: 'd',
    entities: [
      { type: 'Person', name: hostile },
      { type: 'Village', name: '`Evil`' },
      {
        type: 'Program',
        name: 'p',
        mentions: [{ doc: 'd', sentence: 2, start: 10, end: 11, textStart: 8, textEnd: 9 }],
      },
    ],
    relations: [{ type: 'IMPLEMENTS', head: '`Evil`', tail: 'p' }],
    facts: [{ subject: hostile, metric: 'm', value: 1, unit: '个', year: 2020 }],
  };
  const statements = writeStatements(
    mergeRows([mapDocument(graph, undefined)], { ancestors: () => [] }),
  );

  it('puts values only in parameters, never in the Cypher text', () => {
    for (const s of statements) {
      expect(s.text).not.toContain(hostile);
      expect(s.text).not.toContain('Evil');
      expect(s.text).toMatch(/^UNWIND \$rows AS row/);
    }
    expect(JSON.stringify(statements.map((s) => s.rows))).toContain('DETACH DELETE n');
  });

  it('writes one statement per label, relation type and end labels, in dependency order', () => {
    expect(statements.map((s) => s.name)).toEqual([
      'articles',
      'Village nodes',
      'Person nodes',
      'Program nodes',
      'implied Year nodes',
      'mentions of Person nodes',
      'mentions of Place nodes',
      'mentions of Program nodes',
      'IMPLEMENTS relationships (Place → Program)',
      'statistics of Person nodes',
      'statistic years',
    ]);
  });

  it("sends an article's mentions as columns, each mention's positions as one string", () => {
    const mentions = statements.find((s) => s.name === 'mentions of Program nodes')!;
    expect(mentions.rows).toEqual([
      {
        article: 'd',
        keys: ['Program:p'],
        names: [['p']],
        ties: [null],
        positions: ['2;10;11;8;9'],
      },
    ]);
    for (const [i, list] of ['sentences', 'starts', 'ends', 'textStarts', 'textEnds'].entries())
      expect(mentions.text).toContain(`${list}: [x IN split(at[${i}], ',') | toInteger(x)]`);
  });

  it('joins the positions of several mentions list by list', () => {
    const row: MentionRow = {
      article: 'd',
      key: 'k',
      label: 'Place',
      props: {
        names: ['n'],
        sentences: [1, 4],
        starts: [0, 120],
        ends: [3, 123],
        textStarts: [0, 118],
        textEnds: [3, 121],
      },
    };
    expect(mentionPositions(row)).toBe('1,4;0,120;3,123;0,118;3,121');
    expect(mentionPositions({ ...row, props: { names: ['n'] } })).toBeNull();
  });

  it('merges every node and relationship on its key', () => {
    const implementing = statements.find((s) => s.name.startsWith('IMPLEMENTS'))!;
    expect(implementing.text).toContain('MATCH (h:Place {key: row.head})');
    expect(implementing.text).toContain('MERGE (h)-[r:IMPLEMENTS {key: row.key}]->(t)');
  });
});
