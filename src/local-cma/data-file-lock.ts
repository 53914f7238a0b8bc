import { open, readdir, readFile, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Makes this process the only local CMA on `dataFile`: two processes on one file would each
 * acknowledge writes the other then overwrites. The lock is `<dataFile>.lock` holding the owner's
 * pid, created exclusively; one left by a process that no longer runs (killed, crashed) is taken over.
 */
export async function lockDataFile(dataFile: string): Promise<{ release: () => Promise<void> }> {
  const lockPath = `${dataFile}.lock`;
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const handle = await open(lockPath, 'wx', 0o600);
      await handle.writeFile(String(process.pid));
      await handle.close();
      return { release: () => unlink(lockPath).catch(() => undefined) };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const owner = Number.parseInt(await readFile(lockPath, 'utf8').catch(() => ''), 10);
      if (Number.isInteger(owner) && owner > 0 && isRunning(owner)) {
        throw new Error(
          `Another local CMA (process ${owner}) is using ${dataFile}. Stop it, or give this one another file with LOCAL_CMA_DATA.`,
        );
      }
      await unlink(lockPath).catch(() => undefined);
    }
  }
  throw new Error(`Could not lock ${dataFile}: another local CMA keeps taking it`);
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
