import { MetricColumn, nodeIndex } from './metric-column';

describe('MetricColumn', () => {
  const index = nodeIndex(['a', 'b', 'c']);
  const values = { a: 0.1 + 0.2, b: -0, c: 3 };

  it('gives back each node its value exactly, and nothing for other keys', () => {
    const column = MetricColumn.of(values, index);
    expect(column.get('a')).toBe(0.1 + 0.2);
    expect(Object.is(column.get('b'), -0)).toBe(true);
    expect(column.get('z')).toBeUndefined();
    expect(column.get('constructor')).toBeUndefined();
    expect(column.size).toBe(3);
  });

  it('lists nodes and values in the graph order', () => {
    expect([...MetricColumn.of({ c: 3, b: 2, a: 1 }, index).entries()]).toEqual([
      ['a', 1],
      ['b', 2],
      ['c', 3],
    ]);
  });

  it('refuses values that leave out a node of the graph', () => {
    expect(() => MetricColumn.of({ a: 1, c: 3 }, index)).toThrow('no value for node b');
  });
});
