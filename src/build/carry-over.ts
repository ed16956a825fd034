/**
 * What a build keeps from the previous dist/: files are hard-linked into the staging
 * folder (instant, and safe because every later write replaces a file by rename rather
 * than writing into it), falling back to a copy across file systems.
 */
import { existsSync } from 'node:fs';
import { copyFile, link, mkdir, readdir } from 'node:fs/promises';
import path from 'node:path';

export async function linkOrCopy(from: string, to: string): Promise<void> {
  await mkdir(path.dirname(to), { recursive: true });
  try {
    await link(from, to);
  } catch {
    await copyFile(from, to);
  }
}

/** Links every file under `from` that is missing under `to`; `skip` gets paths relative to `from`. */
export async function linkMissing(from: string, to: string, skip: (relative: string) => boolean = () => false, relative = ''): Promise<number> {
  let count = 0;
  let entries;
  try { entries = await readdir(path.join(from, relative), { withFileTypes: true }); } catch { return 0; }
  for (const entry of entries) {
    const rel = relative ? `${relative}/${entry.name}` : entry.name;
    if (skip(rel)) continue;
    if (entry.isDirectory()) count += await linkMissing(from, to, skip, rel);
    else if (entry.isFile() && !existsSync(path.join(to, rel))) {
      await linkOrCopy(path.join(from, rel), path.join(to, rel));
      count++;
    }
  }
  return count;
}
