/**
 * The site a build replaces is not removed at the end of that build. One rename moves it
 * into a trash folder in the build cache, and the next build removes it once the first of
 * its site and its PDFs is done, when a core is free. Removing the site of 1000 plans
 * (10 000 entries) took 0,3–0,5 s, all of it at the end of the build, where nothing else
 * runs (docs/prestanda.md, "Den ersatta webbplatsen tas bort i nästa bygge").
 *
 * What lies in the trash is garbage the moment it arrives (the rename is the last thing a
 * build does with it), so any process may remove any of it, and a removal cut short is
 * simply continued by the next build.
 */
import { existsSync } from 'node:fs';
import { mkdir, rename } from 'node:fs/promises';
import path from 'node:path';
import { Worker } from 'node:worker_threads';

/**
 * Moves `folder` into `trash`; false when it cannot be moved there (another file system,
 * no permission), and the caller removes it at once.
 */
export async function moveToTrash(folder: string, trash: string): Promise<boolean> {
  try {
    await mkdir(trash, { recursive: true });
    await rename(folder, path.join(trash, `${process.pid}-${Date.now()}`));
    return true;
  } catch {
    return false;
  }
}

// A thread of its own, with synchronous calls: Node's asynchronous recursive removal queues
// a request per entry on the thread pool the check reads its plans with.
const REMOVE_ENTRIES = `
const { readdirSync, rmSync } = require('node:fs');
const path = require('node:path');
const trash = require('node:worker_threads').workerData;
for (const name of readdirSync(trash)) {
  try { rmSync(path.join(trash, name), { recursive: true, force: true }); } catch {}
}`;

/** Removes everything in `trash`. Never fails: what cannot be removed now is tried again next time. */
export function emptyTrash(trash: string): Promise<void> {
  if (!existsSync(trash)) return Promise.resolve();
  return new Promise((resolve) => {
    const worker = new Worker(REMOVE_ENTRIES, { eval: true, workerData: trash });
    worker.once('error', () => resolve());
    worker.once('exit', () => resolve());
  });
}
