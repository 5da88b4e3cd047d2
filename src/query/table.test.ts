import neo4j from 'neo4j-driver';
import { formatTable, formatValue, wrap } from './table';

describe('formatValue', () => {
  it('shows integers, lists and missing values plainly', () => {
    expect(formatValue(neo4j.int(42))).toBe('42');
    expect(formatValue(184.0)).toBe('184');
    expect(formatValue(['甲', neo4j.int(2)])).toBe('甲; 2');
    expect(formatValue(null)).toBe('');
  });
});

describe('wrap', () => {
  it('breaks Chinese text by display width, two columns a character', () => {
    expect(wrap('一二三四五', 4)).toBe('一二\n三四\n五');
    expect(wrap('ab一c', 3)).toBe('ab\n一c');
  });
});

describe('formatTable', () => {
  it('prints a header, the rows and their count', () => {
    const table = formatTable({
      columns: ['名称', 'n'],
      rows: [{ 名称: '东山村', n: neo4j.int(3) }],
    });
    expect(table).toContain('│ 名称   │ n │');
    expect(table).toContain('│ 东山村 │ 3 │');
    expect(table.endsWith('1 row')).toBe(true);
  });

  it('says so when there are no rows', () => {
    expect(formatTable({ columns: ['a'], rows: [] })).toBe('(no rows)');
  });
});
