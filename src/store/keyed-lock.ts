/**
 * Runs tasks one at a time per key, in arrival order; tasks under different keys run freely.
 * A key with nothing queued holds no memory. It serialises work inside one process only: another
 * replica or the DatoCMS dashboard is not covered (versions are what protect against those).
 */
export class KeyedLock {
  #tails = new Map<string, Promise<unknown>>();

  async run<T>(key: string, task: () => Promise<T>): Promise<T> {
    const previous = this.#tails.get(key) ?? Promise.resolve();
    const result = previous.then(task);
    // The next task waits for this one to settle, whether it succeeds or fails.
    const tail = result.then(
      () => undefined,
      () => undefined,
    );
    this.#tails.set(key, tail);
    try {
      return await result;
    } finally {
      if (this.#tails.get(key) === tail) this.#tails.delete(key);
    }
  }
}
