/** Writes a file through a temporary name and a rename, so no half-written PDF is ever left. */
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

/** The temporary name `writeFileAtomic` uses in the process `pid` (unique per process). */
export function temporaryPath(file: string, pid = process.pid): string {
  return path.join(path.dirname(file), `.${path.basename(file)}.${pid}.tmp`);
}

export async function writeFileAtomic(file: string, data: Buffer | string): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  const temp = temporaryPath(file);
  try {
    await writeFile(temp, data);
    await rename(temp, file);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}

/**
 * The same in synchronous calls, for a process writing many of its own output files in a
 * loop (the build's pages): each fs/promises call is a trip to the thread pool, which on
 * the build machine cost several times the call itself (docs/prestanda.md, "Planernas filer").
 */
export function writeFileAtomicSync(file: string, data: Buffer | string): void {
  const temp = temporaryPath(file);
  try {
    try {
      writeFileSync(temp, data);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      mkdirSync(path.dirname(file), { recursive: true });
      writeFileSync(temp, data);
    }
    renameSync(temp, file);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
}
