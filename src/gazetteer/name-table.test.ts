import { NameTable, addToFilters, emptyFilters } from './name-table';

describe('NameTable', () => {
  const table = new NameTable<number>();
  table.add('河口', 1);
  table.add('河口镇', 2);
  table.add('河口镇', 3);
  table.add('东河', 4);

  it('tells where no name can start', () => {
    expect(table.mayStartAt('在河口镇', 1)).toBe(true);
    expect(table.mayStartAt('在河口镇', 0)).toBe(false);
  });

  it('tells where names stored elsewhere can start, from their filters', () => {
    const filters = emptyFilters();
    addToFilters(filters, '河口镇');
    const stored = new NameTable<number>(filters, (name) => (name === '河口镇' ? [1] : undefined));
    expect(stored.mayStartAt('在河口镇', 1)).toBe(true);
    expect(stored.mayStartAt('在河口镇', 0)).toBe(false);
  });

  it('finds names of three or more characters through stored filters', () => {
    const filters = emptyFilters();
    addToFilters(filters, '河口');
    addToFilters(filters, '河口镇');
    const stored = new NameTable<number>(filters, () => [1]);
    expect(stored.findAt('在河口镇', 1, { max: 12, min: 2 }, (name) => name)).toBe('河口镇');
    expect(stored.findAt('在河口村', 1, { max: 12, min: 2 }, (name) => name)).toBe('河口');
  });

  it('gives every value stored under a name', () => {
    expect(table.get('河口镇')).toEqual([2, 3]);
    expect(table.get('河')).toEqual([]);
  });

  it('finds the longest name at a position first', () => {
    const found = table.findAt('在河口镇开会', 1, { max: 12, min: 2 }, (name, values) => ({
      name,
      values,
    }));
    expect(found).toEqual({ name: '河口镇', values: [2, 3] });
  });

  it('falls back to a shorter name when the longer one is refused', () => {
    const found = table.findAt('河口镇', 0, { max: 12, min: 2 }, (name) =>
      name.length < 3 ? name : undefined,
    );
    expect(found).toBe('河口');
  });

  it('respects the length bounds and the end of the text', () => {
    expect(table.findAt('河口镇', 0, { max: 2, min: 2 }, (name) => name)).toBe('河口');
    expect(table.findAt('河口镇', 0, { max: 12, min: 3 }, (name) => name)).toBe('河口镇');
    expect(table.findAt('东', 0, { max: 12, min: 2 }, (name) => name)).toBeUndefined();
    expect(table.findAt('西河口', 0, { max: 12, min: 2 }, (name) => name)).toBeUndefined();
  });

  it('offers every name at a position, longest first, until one is accepted', () => {
    const offered: string[] = [];
    table.findAt('河口镇', 0, { max: 12, min: 2 }, (name) => void offered.push(name));
    expect(offered).toEqual(['河口镇', '河口']);
  });

  it('finds names longer than the Bloom filter covers', () => {
    const long = '某某'.repeat(20) + '工程';
    const t = new NameTable<string>();
    t.add(long, 'long');
    expect(t.findAt(`推进${long}建设`, 2, { max: 100, min: 2 }, (name) => name)).toBe(long);
  });
});
