/**
 * Content hashes that decide what a build may reuse. A plan's key covers every file in
 * its folder plus the code that checks and renders it; when the code changes (any file
 * under src/ or schemas/, the lock file, the Astro config) every key changes, so a cache
 * can never serve output from older code.
 */
import { createHash } from 'node:crypto';
import { lstat, readdir, readFile, readlink } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));
const CODE_PATHS = ['src', 'schemas', 'package-lock.json', 'astro.config.mjs'];

/** Files under `dir` (recursively, sorted) with a symbolic link given as its target, not followed. */
interface TreeFile { file: string; link?: string }

async function listFiles(dir: string): Promise<TreeFile[]> {
  const out: TreeFile[] = [];
  let entries;
  try { entries = await readdir(dir, { withFileTypes: true }); } catch { return out; }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const full = path.join(dir, entry.name);
    if (entry.isSymbolicLink()) out.push({ file: full, link: await readlink(full).catch(() => '?') });
    else if (entry.isDirectory()) out.push(...(await listFiles(full)));
    else if (entry.isFile()) out.push({ file: full });
  }
  return out;
}

async function hashTree(hash: ReturnType<typeof createHash>, root: string, target: string): Promise<void> {
  const files: TreeFile[] = await readdir(target).then(() => listFiles(target), () => [{ file: target }]);
  for (const { file, link } of files) {
    hash.update(`\0${path.relative(root, file)}\0`);
    // A link is hashed by its target and, when it can be read, the content it points at.
    if (link !== undefined) hash.update(`->${link}\0`);
    try { hash.update(await readFile(file)); } catch { hash.update('\0unreadable'); }
  }
}

let code: Promise<string> | undefined;

/** Hash of planverk's own code and dependencies (cached per process). */
export function codeFingerprint(): Promise<string> {
  code ??= (async () => {
    const hash = createHash('sha256');
    for (const entry of CODE_PATHS) await hashTree(hash, PROJECT_ROOT, path.join(PROJECT_ROOT, entry));
    return hash.digest('hex');
  })();
  return code;
}

/** Hash of everything in one plan folder. */
export async function planInputHash(planDir: string): Promise<string> {
  const hash = createHash('sha256');
  await hashTree(hash, planDir, planDir);
  return hash.digest('hex');
}

/**
 * A cheap stand-in for `planInputHash`: names, sizes, change and modification times and
 * inodes of everything in the folder. When it is unchanged the folder's content hash is
 * reused without reading the files (ctime cannot be set back by tools such as `touch`).
 */
export async function planInputSignature(planDir: string): Promise<string> {
  const hash = createHash('sha256');
  for (const { file } of await listFiles(planDir)) {
    const info = await lstat(file).catch(() => undefined);
    hash.update(`${path.relative(planDir, file)}\0${info ? `${info.size}\0${info.mtimeMs}\0${info.ctimeMs}\0${info.ino}` : '-'}\0`);
  }
  return hash.digest('hex');
}
