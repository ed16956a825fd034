/** sha256 over every entry (path, kind and bytes) below `dir`, symlinks not followed. */
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

export async function treeHash(dir: string): Promise<string> {
  const hash = createHash('sha256');
  const walk = async (at: string) => {
    const entries = (await readdir(at, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name));
    for (const entry of entries) {
      const full = path.join(at, entry.name);
      hash.update(`${path.relative(dir, full)}\0${entry.isDirectory() ? 'd' : entry.isFile() ? 'f' : 'o'}\0`);
      if (entry.isDirectory()) await walk(full);
      else if (entry.isFile()) hash.update(await readFile(full));
    }
  };
  await walk(dir);
  return hash.digest('hex');
}
