/**
 * Content hashes that decide what a build may reuse. A plan's key covers every file in
 * its folder, every file it reads (also behind a link inside content/), plus the code that
 * checks and renders it; when the code changes (any file
 * under src/ or schemas/, the lock file, the Astro config) every key changes, so a cache
 * can never serve output from older code.
 */
import { createHash } from 'node:crypto';
import { closeSync, constants, fstatSync, lstatSync, openSync, readdirSync, readlinkSync, readSync, statSync, type Stats } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { resolvePlanFile } from '../load/resolve-plan-file';

const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));
const CODE_PATHS = ['src', 'schemas', 'package-lock.json', 'astro.config.mjs'];

/** Files under `dir` (recursively, sorted) with a symbolic link given as its target, not followed. */
interface TreeFile { file: string; link?: string }

/**
 * Synchronous: listing opens no file, and an incremental build lists every plan folder,
 * where a promise per call through libuv's thread pool cost more than the calls.
 */
function listFiles(dir: string): TreeFile[] {
  const out: TreeFile[] = [];
  let entries;
  try { entries = readdirSync(dir, { withFileTypes: true }); } catch { return out; }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const full = path.join(dir, entry.name);
    if (entry.isSymbolicLink()) {
      let link = '?';
      try { link = readlinkSync(full); } catch { /* unreadable link */ }
      out.push({ file: full, link });
    } else if (entry.isDirectory()) out.push(...listFiles(full));
    else if (entry.isFile()) out.push({ file: full });
  }
  return out;
}

function hashTree(hash: ReturnType<typeof createHash>, root: string, target: string): void {
  const files: TreeFile[] = statSync(target, { throwIfNoEntry: false })?.isDirectory() ? listFiles(target) : [{ file: target }];
  for (const { file, link } of files) {
    hash.update(`\0${path.relative(root, file)}\0`);
    // A link is hashed by its target and, when it can be read, the content it points at.
    if (link !== undefined) hash.update(`->${link}\0`);
    hashFile(hash, file);
  }
}

let code: Promise<string> | undefined;

/** Hash of planverk's own code and dependencies (cached per process). */
export function codeFingerprint(): Promise<string> {
  if (!code) {
    const hash = createHash('sha256');
    for (const entry of CODE_PATHS) hashTree(hash, PROJECT_ROOT, path.join(PROJECT_ROOT, entry));
    code = Promise.resolve(hash.digest('hex'));
  }
  return code;
}

/**
 * Hash of what a plan consists of: every regular file in its folder (a link there counts by
 * its text only, never by what it points at), plus every file the plan actually read last
 * time (`reads`, as written, e.g. `plan/delat/x.md` through `delat -> ../delat`), each
 * taken through the same resolver the loader uses. So an edit behind an allowed link
 * changes the hash, and a link out of content/ is never opened: it hashes as its refusal.
 */
export function planInputHash(contentRoot: string, planDir: string, reads: readonly string[] = []): string {
  const hash = createHash('sha256');
  for (const { file, link } of listFiles(planDir)) {
    hash.update(`\0${path.relative(planDir, file)}\0`);
    if (link !== undefined) hash.update(`->${link}\0`);
    else hashFile(hash, file);
  }
  for (const file of normalizeReads(reads)) {
    hash.update(`\0read\0${file}\0`);
    const resolved = resolvePlanFile(contentRoot, file);
    if (!resolved.ok) { hash.update(`!${resolved.code}\0`); continue; }
    hash.update(`${resolved.realPath}\0`);
    hashFile(hash, resolved.realPath);
  }
  return hash.digest('hex');
}

/**
 * A cheap stand-in for `planInputHash`: names, sizes, change and modification times and
 * inodes of everything in the folder and of the real files behind `reads`. When it is
 * unchanged the content hash is reused without reading the files (ctime cannot be set back
 * by tools such as `touch`).
 *
 * Synchronous: an incremental build signs every plan (about 6000 files for 1000 plans), and
 * a promise per call through libuv's thread pool cost more than the calls. Nothing here
 * opens a file, so nothing can block on a named pipe.
 */
export function planInputSignature(contentRoot: string, planDir: string, reads: readonly string[] = []): string {
  const hash = createHash('sha256');
  const listed = new Map<string, Stats>();
  for (const { file, link } of listFiles(planDir)) {
    let info: Stats | undefined;
    try { info = lstatSync(file); } catch { /* gone since the listing */ }
    if (info?.isFile() && link === undefined) listed.set(path.resolve(file), info);
    hash.update(`${path.relative(planDir, file)}\0${link ?? ''}\0${info ? stamp(info) : '-'}\0`);
  }
  // A read of a regular file listed above, in a real plan folder directly under the real
  // content root, has no link anywhere on its path: it is its own real path and its stat is
  // the one just taken. Resolving it again (a realpath walk and a stat per read) was half
  // of the signing time of an incremental build (docs/prestanda.md). Anything else goes
  // through the resolver, which gives the same text for such a file.
  const plainFolder = path.dirname(path.resolve(planDir)) === contentRoot && lstatSync(planDir, { throwIfNoEntry: false })?.isDirectory() === true;
  for (const file of normalizeReads(reads)) {
    const known = plainFolder ? listed.get(file) : undefined;
    const resolved = known ? { ok: true as const, realPath: file, info: known } : resolvePlanFile(contentRoot, file);
    hash.update(`read\0${file}\0${resolved.ok ? `${resolved.realPath}\0${stamp(resolved.info)}` : `!${resolved.code}`}\0`);
  }
  return hash.digest('hex');
}

/** Bytes read at a time into a hash: a large file that sits unused in a plan folder is never held whole. */
const HASH_CHUNK = 64 * 1024;
const chunk = Buffer.allocUnsafe(HASH_CHUNK);

/**
 * Reads the file into the hash in chunks, synchronously: for 1000 plans, the same reads
 * through fs/promises (eight plans at a time) took 2,0 s and 2,9 s of CPU time, these 0,4 s
 * (docs/prestanda.md, "Planernas filer"). Opened without blocking and read only when it is
 * a regular file, so a file swapped for a named pipe since the listing cannot hang the build.
 */
function hashFile(hash: ReturnType<typeof createHash>, file: string): void {
  let fd: number | undefined;
  try {
    fd = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK);
    if (!fstatSync(fd).isFile()) throw new Error('not a regular file');
    for (;;) {
      const bytesRead = readSync(fd, chunk, 0, HASH_CHUNK, null);
      if (bytesRead === 0) break;
      hash.update(chunk.subarray(0, bytesRead));
    }
  } catch {
    hash.update('\0unreadable');
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

const stamp = (info: Stats) => `${info.size}\0${info.mtimeMs}\0${info.ctimeMs}\0${info.ino}`;

/** Sorted and without repeats, so the same reads in another order sign the same. */
export function normalizeReads(reads: readonly string[]): string[] {
  return [...new Set(reads.map((file) => path.resolve(file)))].sort();
}
