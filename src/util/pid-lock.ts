import { open, readFile, unlink } from 'node:fs/promises';

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Makes this process the only one holding `lockPath`: a file created exclusively that holds the
 * owner's pid. One left by a process that no longer runs (killed, crashed) is taken over; one held
 * by a live process is refused with `describeOwner(pid)` as the message.
 */
export async function takePidLock(lockPath: string, describeOwner: (pid: number) => string): Promise<{ release: () => Promise<void> }> {
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const handle = await open(lockPath, 'wx', 0o600);
      await handle.writeFile(String(process.pid));
      await handle.close();
      return { release: () => unlink(lockPath).catch(() => undefined) };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const owner = Number.parseInt(await readFile(lockPath, 'utf8').catch(() => ''), 10);
      if (Number.isInteger(owner) && owner > 0 && isRunning(owner)) throw new Error(describeOwner(owner));
      await unlink(lockPath).catch(() => undefined);
    }
  }
  throw new Error(`Could not take ${lockPath}: another process keeps taking it`);
}
