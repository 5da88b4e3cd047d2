import { batches, countBatches, graphRows } from './batches';

async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const all: T[] = [];
  for await (const item of items) all.push(item);
  return all;
}

describe('batches', () => {
  const limits = { rows: 10, documents: 3 };

  it('closes a batch before the document that would take it past the row limit', async () => {
    const rows = [4, 4, 4, 9, 1];
    const cut = await collect(batches(rows, (n) => n, limits));
    expect(cut).toEqual([[4, 4], [4], [9, 1]]);
    expect(countBatches(rows, limits)).toBe(cut.length);
  });

  it('gives a document larger than the limit a batch of its own', async () => {
    const rows = [2, 25, 2];
    const cut = await collect(batches(rows, (n) => n, limits));
    expect(cut).toEqual([[2], [25], [2]]);
    expect(countBatches(rows, limits)).toBe(3);
  });

  it('holds at most the given number of documents', async () => {
    const rows = [1, 1, 1, 1, 1, 1, 1];
    const cut = await collect(batches(rows, (n) => n, limits));
    expect(cut.map((b) => b.length)).toEqual([3, 3, 1]);
    expect(countBatches(rows, limits)).toBe(3);
  });

  it('makes no batch of nothing', async () => {
    expect(await collect(batches([], (n: number) => n, limits))).toEqual([]);
    expect(countBatches([], limits)).toBe(0);
  });

  it('counts an entity, its mention, each relation and each fact as rows', () => {
    const graph = {
      doc: 'd',
      entities: [
        { type: 'Person' as const, name: 'a' },
        { type: 'Program' as const, name: 'p' },
      ],
      relations: [{ type: 'IMPLEMENTS' as const, head: 'a', tail: 'p' }],
      facts: [],
    };
    expect(graphRows(graph)).toBe(5);
  });
});
