import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore } from '../../src/store/connect.ts';

/** Once per test run: a migrated in-memory PGlite database, dumped for every test store to start from (memory-store.ts). */
export default async function setup(): Promise<() => Promise<void>> {
  const dir = await mkdtemp(join(tmpdir(), 'token-admin-pglite-'));
  const store = await openStore({ dataDir: null });
  const dump = await store.dump!();
  await store.close();
  const path = join(dir, 'template.tar');
  await writeFile(path, Buffer.from(await dump.arrayBuffer()));
  process.env.TOKEN_ADMIN_PGLITE_TEMPLATE = path;
  return () => rm(dir, { recursive: true, force: true });
}
