/**
 * Runs asynchronous work over a stream of items with a bounded number in flight,
 * handing the results on in the items' order. The bound keeps memory flat however
 * long the stream; the order keeps outputs deterministic whichever worker finishes
 * first.
 */
export async function forEachInOrder<T, R>(
  items: Iterable<T> | AsyncIterable<T>,
  inFlight: number,
  start: (item: T) => Promise<R>,
  consume: (result: R, item: T) => void | Promise<void>,
): Promise<void> {
  const pending: { item: T; result: Promise<R> }[] = [];
  const takeOldest = async () => {
    const { item, result } = pending.shift()!;
    await consume(await result, item);
  };
  for await (const item of items) {
    const result = start(item);
    // Marks the promise handled: a failure surfaces when its turn comes, not as an
    // unhandled rejection while earlier results are still being consumed. Work still
    // in flight when one fails is the caller's to stop (by closing its pool).
    result.catch(() => undefined);
    pending.push({ item, result });
    if (pending.length >= Math.max(1, inFlight)) await takeOldest();
  }
  while (pending.length) await takeOldest();
}
