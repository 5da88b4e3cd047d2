import { forEachInOrder } from './in-order';

/** A promise settled from outside, so the test decides which work finishes first. */
function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: Error) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

const settle = () => new Promise((r) => setImmediate(r));

describe('forEachInOrder', () => {
  it('hands results on in input order when later items finish first', async () => {
    const work = [1, 2, 3, 4].map(() => deferred<string>());
    const consumed: string[] = [];
    const done = forEachInOrder(
      [0, 1, 2, 3],
      4,
      (i) => work[i].promise,
      (result) => void consumed.push(result),
    );
    for (const i of [3, 1, 2, 0]) work[i].resolve(`r${i}`);
    await done;
    expect(consumed).toEqual(['r0', 'r1', 'r2', 'r3']);
  });

  it('never starts more items than the bound allows before consuming', async () => {
    const work = [0, 1, 2, 3, 4].map(() => deferred<number>());
    const started: number[] = [];
    const done = forEachInOrder(
      [0, 1, 2, 3, 4],
      2,
      (i) => {
        started.push(i);
        return work[i].promise;
      },
      () => undefined,
    );
    await settle();
    expect(started).toEqual([0, 1]);
    work[0].resolve(0);
    await settle();
    expect(started).toEqual([0, 1, 2]);
    for (const w of work) w.resolve(0);
    await done;
    expect(started).toEqual([0, 1, 2, 3, 4]);
  });

  it('rejects with the failure of an item once its turn comes', async () => {
    const consumed: number[] = [];
    await expect(
      forEachInOrder(
        [1, 2, 3],
        3,
        (i) => (i === 2 ? Promise.reject(new Error('item 2 broke')) : Promise.resolve(i)),
        (result) => void consumed.push(result),
      ),
    ).rejects.toThrow('item 2 broke');
    expect(consumed).toEqual([1]);
  });
});
