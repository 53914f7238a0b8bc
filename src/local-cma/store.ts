import { mkdir, readFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import { lockDataFile, removeLeftoverTempFiles } from './data-file-lock.ts';
import type { StoreData } from './types.ts';

/**
 * The local CMA's data, kept in memory and in one JSON file.
 *
 * Every mutation runs alone (a promise queue), on a copy of the data; the copy is written to a
 * temporary file, fsynced and renamed over the data file, and only then becomes the data that
 * reads see and the caller's request is answered. So a kill -9 at any moment leaves either the
 * old file or the new one, every acknowledged write is on disk, and concurrent requests never
 * overwrite each other's changes.
 */
export class FileStore {
  #data: StoreData;
  #queue: Promise<unknown> = Promise.resolve();
  readonly path: string;
  readonly #lock: { release: () => Promise<void> };

  private constructor(path: string, data: StoreData, lock: { release: () => Promise<void> }) {
    this.path = path;
    this.#data = data;
    this.#lock = lock;
  }

  /**
   * Opens the data file, seeding it with `seed()` when it does not exist yet. The file is this
   * process's until `close()`: a second local CMA on it refuses to start.
   */
  static async open(path: string, seed: () => StoreData): Promise<{ store: FileStore; seeded: boolean }> {
    await mkdir(dirname(path), { recursive: true });
    const lock = await lockDataFile(path);
    try {
      await removeLeftoverTempFiles(path);
      let raw: string | undefined;
      try {
        raw = await readFile(path, 'utf8');
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      }
      if (raw !== undefined) {
        const data = JSON.parse(raw) as StoreData;
        if (data.schema_version !== 1) {
          throw new Error(`Unsupported local CMA data file ${path}: schema_version ${String(data.schema_version)}`);
        }
        return { store: new FileStore(path, data, lock), seeded: false };
      }
      const store = new FileStore(path, seed(), lock);
      await store.#persist(store.#data);
      return { store, seeded: true };
    } catch (error) {
      await lock.release();
      throw error;
    }
  }

  /** Waits for the writes under way, then gives the data file up. */
  async close(): Promise<void> {
    await this.#queue;
    await this.#lock.release();
  }

  /** The committed data. Callers must treat it as read-only; change it through `mutate`. */
  get data(): Readonly<StoreData> {
    return this.#data;
  }

  /**
   * Applies `change` to a copy of the data and commits it once it is durably on disk. If `change`
   * throws, nothing is written and the data is unchanged.
   */
  mutate<T>(change: (draft: StoreData) => T): Promise<T> {
    const run = async () => {
      const draft = structuredClone(this.#data);
      const result = change(draft);
      await this.#persist(draft);
      this.#data = draft;
      return result;
    };
    const next = this.#queue.then(run, run);
    this.#queue = next.catch(() => undefined);
    return next;
  }

  async #persist(data: StoreData): Promise<void> {
    await writeFileAtomic(this.path, `${JSON.stringify(data, null, 2)}\n`, { fsync: true, mode: 0o600 });
  }
}
