import { readdir, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { takePidLock } from '../util/pid-lock.ts';

/**
 * Makes this process the only local CMA on `dataFile`: two processes on one file would each
 * acknowledge writes the other then overwrites. The lock is `<dataFile>.lock` holding the owner's
 * pid; one left by a process that no longer runs (killed, crashed) is taken over.
 */
export function lockDataFile(dataFile: string): Promise<{ release: () => Promise<void> }> {
  return takePidLock(
    `${dataFile}.lock`,
    (owner) => `Another local CMA (process ${owner}) is using ${dataFile}. Stop it, or give this one another file with LOCAL_CMA_DATA.`,
  );
}

/**
 * Removes the temporary files a crash left beside the data file (write-file-atomic names them
 * `<dataFile>.<digits>`): they hold secrets, and nothing will ever read them. Only safe once the
 * lock is held, since a running writer's temporary file has the same shape.
 */
export async function removeLeftoverTempFiles(dataFile: string): Promise<string[]> {
  const prefix = `${basename(dataFile)}.`;
  const leftovers = (await readdir(dirname(dataFile))).filter(
    (name) => name.startsWith(prefix) && /^\d+$/.test(name.slice(prefix.length)),
  );
  await Promise.all(leftovers.map((name) => unlink(join(dirname(dataFile), name)).catch(() => undefined)));
  return leftovers;
}
