/**
 * One build at a time per dist/: a lock file beside it holds the building process's id.
 * A second build refuses at once, and the running one is unaffected; a lock whose process
 * is gone (a killed build) is stale and taken over.
 */
import { readFileSync, unlinkSync } from 'node:fs';
import { link, open, readFile, rename, unlink } from 'node:fs/promises';
import path from 'node:path';
import { OutputError } from './atomic-output';

const isAlive = (pid: number) => {
  try { process.kill(pid, 0); return true; } catch (error) { return (error as NodeJS.ErrnoException).code === 'EPERM'; }
};

export interface BuildLock {
  file: string;
  /** Removes the lock if it is still this process's (synchronous: also used at exit). */
  release: () => void;
}

/** The lock inside dist/, when nothing may be written beside it (a mounted volume in a read-only tree). */
export const INSIDE_LOCK = '.planverk-lock';

export async function acquireBuildLock(dist: string): Promise<BuildLock> {
  try {
    return await acquire(dist, `${path.resolve(dist)}.lock`);
  } catch (error) {
    if (!['EACCES', 'EPERM', 'EROFS'].includes((error as NodeJS.ErrnoException).code!)) throw error;
    try {
      return await acquire(dist, path.join(path.resolve(dist), INSIDE_LOCK));
    } catch {
      throw new OutputError(`varken ${dist}/ eller mappen den ligger i går att skriva till (${(error as NodeJS.ErrnoException).code}): gör mappen skrivbar för den som bygger, eller sätt PLANVERK_DIST till en annan mapp. Den gamla webbplatsen är orörd.`, error);
    }
  }
}

async function acquire(dist: string, file: string): Promise<BuildLock> {
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const handle = await open(file, 'wx');
      try { await handle.writeFile(`${process.pid}\n`); } finally { await handle.close(); }
      return {
        file,
        release: () => {
          try {
            if (readFileSync(file, 'utf8').trim() === String(process.pid)) unlinkSync(file);
          } catch { /* already gone */ }
        },
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const holder = Number.parseInt(await readFile(file, 'utf8').catch(() => ''), 10);
    if (Number.isInteger(holder) && holder > 0 && holder !== process.pid && isAlive(holder)) {
      throw new OutputError(`ett annat bygge pågår (process ${holder}) och skriver till ${dist}/; vänta tills det är klart. (Har den processen inget med planverk att göra, ta bort ${file}.)`);
    }
    // Stale: its build is gone. Moved aside under a name of our own, so that of two builds
    // taking it over only one gets it; if what was moved turns out to be a live build's
    // fresh lock (taken between the read and the move), it is put back.
    const aside = `${file}.stale-${process.pid}`;
    try { await rename(file, aside); } catch { continue; }
    const moved = Number.parseInt(await readFile(aside, 'utf8').catch(() => ''), 10);
    if (moved !== holder && Number.isInteger(moved) && isAlive(moved)) await link(aside, file).catch(() => undefined);
    await unlink(aside).catch(() => undefined);
  }
  throw new OutputError(`låsfilen ${file} går inte att ta; försök igen.`);
}
