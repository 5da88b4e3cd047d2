import { MentionTable, RelationTable } from './record-tables';

describe('record tables', () => {
  it('read mentions back as records, in the order added, past the first growth', () => {
    const table = new MentionTable();
    const added = Array.from({ length: 3000 }, (_, i) => ({
      key: `Village:村${i % 7}`,
      doc: `d${i % 3}`,
      sentence: (i % 5) - 1,
    }));
    for (const m of added) table.add(m);
    expect(table.length).toBe(3000);
    expect([...table]).toEqual(added);
  });

  it('read relations back with `via` only where one was given', () => {
    const table = new RelationTable();
    table.add({ type: 'COOPERATES_WITH', source: 'a', target: 'b', via: '党建联建' });
    table.add({ type: 'LOCATED_IN', source: 'b', target: 'c', via: undefined });
    expect([...table]).toEqual([
      { type: 'COOPERATES_WITH', source: 'a', target: 'b', via: '党建联建' },
      { type: 'LOCATED_IN', source: 'b', target: 'c' },
    ]);
    expect([...table][1]).not.toHaveProperty('via');
  });

  it('keep reading and growing the same after being trimmed', () => {
    const table = new MentionTable();
    const first = { key: 'Town:甲镇', doc: 'd', sentence: 1 };
    const second = { key: 'Town:乙镇', doc: 'e', sentence: -1 };
    table.add(first);
    table.trim();
    expect([...table]).toEqual([first]);
    for (let i = 0; i < 2000; i++) table.add(second);
    expect(table.length).toBe(2001);
    expect([...table].slice(0, 2)).toEqual([first, second]);
  });

  it('are empty before anything is added', () => {
    expect([...new MentionTable()]).toEqual([]);
    expect(new RelationTable().length).toBe(0);
  });
});
