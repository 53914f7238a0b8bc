import { readFile } from 'node:fs/promises';
import { openStore, type Store } from '../../src/store/connect.ts';

// Every test stack has a store of its own, in memory. PGlite's initdb costs seconds (more on a busy
// machine), so the suite's global setup makes one migrated database and dumps it; each store starts
// from that dump. A store opened without it (a file run alone without the setup) still works, slower.

let template: Promise<Blob | undefined> | undefined;

function templateBlob(): Promise<Blob | undefined> {
  const path = process.env.TOKEN_ADMIN_PGLITE_TEMPLATE;
  template ??= path ? readFile(path).then((bytes) => new Blob([bytes]), () => undefined) : Promise.resolve(undefined);
  return template;
}

export async function openMemoryStore(): Promise<Store> {
  const blob = await templateBlob();
  return openStore({ dataDir: null, ...(blob ? { template: blob } : {}) });
}
