import { columnValues, nodeIndex } from './metric-column';

describe('columnValues', () => {
  const index = nodeIndex(['a', 'b', 'c']);
  const values = { a: 0.1 + 0.2, b: -0, c: 3 };

  it('reads as the object it was made from, exactly', () => {
    const column = columnValues(values, index);
    expect(column.a).toBe(0.1 + 0.2);
    expect(Object.is(column.b, -0)).toBe(true);
    expect(column.z).toBeUndefined();
    expect('c' in column && !('z' in column)).toBe(true);
    expect(Object.keys(column)).toEqual(['a', 'b', 'c']);
    expect(column).toEqual(values);
    expect(JSON.stringify(column)).toBe(JSON.stringify(values));
  });

  it('cannot be written to', () => {
    const column = columnValues(values, index);
    expect(() => (column.a = 1)).toThrow(TypeError);
    expect(column.a).toBe(0.1 + 0.2);
  });

  it('keeps values that miss a node or name one not in the graph as they are', () => {
    const missing = { a: 1 };
    expect(columnValues(missing, index)).toBe(missing);
    const extra = { ...values, z: 4 };
    expect(columnValues(extra, index)).toBe(extra);
  });
});
