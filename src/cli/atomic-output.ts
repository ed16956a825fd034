/**
 * Builds go into a fresh staging folder and replace dist/ only when every stage has
 * succeeded, so a failed or killed build never leaves a broken or half-written site.
 *
 * - dist/ is an ordinary folder: the staging folder is its sibling and two renames swap them.
 * - dist/ is a symbolic link: it stays a link; the folder it points to is swapped the same
 *   way (the staging folder is a sibling of that folder, on its file system).
 * - dist/ is a mount point (a Docker volume), or otherwise cannot be renamed: the staging
 *   folder lies inside it when a rename from beside it cannot cross into it, and dist/ is
 *   filled in place: its old entries are moved into a hidden folder inside it, the new
 *   ones moved in, and the old removed; any failure moves everything back.
 * - dist/ cannot be written (read-only, no permission): a Swedish `OutputError` before the
 *   build starts, or at the latest when publishing, and the old site stays as it was.
 *
 * A swapped-out site goes into the build's trash folder when one is given (src/cli/trash.ts),
 * for the next build to remove; otherwise, or when it cannot move there, it is removed at once.
 */
import { existsSync, rmSync } from 'node:fs';
import { lstat, mkdir, readdir, readlink, realpath, rename, rm, rmdir } from 'node:fs/promises';
import path from 'node:path';
import { UserError } from '../problems';
import { moveToTrash } from './trash';

/** A refusal the user can act on: the message is Swedish and complete. */
export class OutputError extends UserError {
  constructor(message: string, cause?: unknown) {
    super(message, cause);
    this.name = 'OutputError';
  }
}

const isAlive = (pid: number) => {
  try { process.kill(pid, 0); return true; } catch (error) { return (error as NodeJS.ErrnoException).code === 'EPERM'; }
};
const errno = (error: unknown) => (error as NodeJS.ErrnoException | undefined)?.code;
const READ_ONLY = new Set(['EACCES', 'EPERM', 'EROFS']);
/** Renaming the folder itself is impossible (a mount point), or crosses file systems. */
const CANNOT_RENAME = new Set(['EBUSY', 'EXDEV']);

/** Hidden names inside dist/ while it is filled in place (never published: they start with a dot). */
const INSIDE_STAGING = '.planverk-tmp-';
const INSIDE_OLD = '.planverk-old-';
const INSIDE_TRASH = '.planverk-trash-';
/** The build lock, when it must lie inside dist/ (src/cli/build-lock.ts). */
const INSIDE_LOCK = '.planverk-lock';
const INSIDE = new RegExp(`^\\.planverk-(tmp|old|trash|probe)-(\\d+)$`);

export interface Output {
  /** The folder that receives the site (dist/ itself, or the folder a link dist/ points to). */
  target: string;
  /** Where this build writes; removed by `discard()`, moved into place by `publish()`. */
  staging: string;
  /** True when dist/ is filled in place rather than swapped. */
  inPlace: boolean;
  publish: () => Promise<void>;
  discard: () => Promise<void>;
  /** Synchronous `discard`, for the exit handler. */
  discardNow: () => void;
}

function readOnlyError(target: string, error: unknown): OutputError {
  return new OutputError(`${target} går inte att skriva till (${errno(error)}): gör mappen skrivbar för den som bygger, eller sätt PLANVERK_DIST till en annan mapp. Den gamla webbplatsen är orörd.`, error);
}

/** The real folder behind `dist`: itself, or what a symbolic link points to. */
async function realTarget(dist: string): Promise<string> {
  const absolute = path.resolve(dist);
  let info;
  try { info = await lstat(absolute); } catch (error) {
    if (errno(error) === 'ENOENT') return absolute;
    throw error;
  }
  if (!info.isSymbolicLink()) {
    if (!info.isDirectory()) throw new OutputError(`${dist} finns men är ingen mapp; flytta eller ta bort den så att bygget kan skriva webbplatsen där.`);
    return absolute;
  }
  try {
    const real = await realpath(absolute);
    if (!(await lstat(real)).isDirectory()) throw new OutputError(`${dist} är en länk till ${real}, som inte är någon mapp.`);
    return real;
  } catch (error) {
    if (errno(error) !== 'ENOENT') throw error;
    // A link to a folder not yet made: the build creates it where the link points.
    return path.resolve(path.dirname(absolute), await readlink(absolute));
  }
}

export interface OutputOptions {
  /** Where the replaced site goes (src/cli/trash.ts); without it, it is removed when publishing. */
  trash?: string;
}

/** Decides where this build stages its output and creates that folder. */
export async function prepareOutput(dist: string, options: OutputOptions = {}): Promise<Output> {
  const target = await realTarget(dist);
  const beside = `${target}.tmp-${process.pid}`;
  const inside = path.join(target, `${INSIDE_STAGING}${process.pid}`);
  let staging = beside;
  let inPlace = false;
  try {
    await mkdir(beside);
  } catch (error) {
    // The parent is not writable but dist/ may be (a mounted volume in a read-only tree).
    if (!READ_ONLY.has(errno(error)!) || !existsSync(target)) throw READ_ONLY.has(errno(error)!) ? readOnlyError(path.dirname(target), error) : error;
    inPlace = true;
  }
  if (!inPlace && existsSync(target)) {
    // Can entries move from beside dist/ into it? Not across mount points (EXDEV), nor into a read-only folder.
    const probe = path.join(target, `.planverk-probe-${process.pid}`);
    try {
      await rename(beside, probe);
      await rename(probe, beside);
    } catch (error) {
      if (existsSync(probe)) await rmdir(probe).catch(() => undefined);
      await rm(beside, { recursive: true, force: true });
      if (READ_ONLY.has(errno(error)!)) throw readOnlyError(target, error);
      if (!CANNOT_RENAME.has(errno(error)!)) throw error;
      inPlace = true;
    }
  }
  if (inPlace) {
    staging = inside;
    try { await mkdir(inside); } catch (error) {
      if (READ_ONLY.has(errno(error)!)) throw readOnlyError(target, error);
      throw error;
    }
  }
  const discardNow = () => {
    rmSync(staging, { recursive: true, force: true });
  };
  return {
    target,
    staging,
    inPlace,
    publish: () => (inPlace ? fillInPlace(target, staging) : swap(target, staging, options.trash)),
    discard: () => rm(staging, { recursive: true, force: true }),
    discardNow,
  };
}

/** Replaces `target` by `staging` with two renames on one file system. */
async function swap(target: string, staging: string, trash: string | undefined): Promise<void> {
  const old = `${target}.old-${process.pid}`;
  const hadOld = existsSync(target);
  if (hadOld) {
    try {
      await rename(target, old);
    } catch (error) {
      if (READ_ONLY.has(errno(error)!)) throw readOnlyError(path.dirname(target), error);
      if (CANNOT_RENAME.has(errno(error)!)) return fillInPlace(target, staging);
      throw error;
    }
  }
  try {
    await rename(staging, target);
  } catch (error) {
    if (hadOld) await rename(old, target);
    if (READ_ONLY.has(errno(error)!)) throw readOnlyError(path.dirname(target), error);
    throw error;
  }
  if (hadOld && !(trash && await moveToTrash(old, trash))) await rm(old, { recursive: true, force: true });
}

/**
 * Fills `target` (which cannot itself be renamed) with the entries of `staging`: the old
 * entries go into a hidden folder inside `target`, the new ones are moved in, and only
 * then is the old removed. A failure half-way moves the new entries back out and the old
 * ones back in, so dist/ holds either the old site or the new one.
 */
async function fillInPlace(target: string, staging: string): Promise<void> {
  const old = path.join(target, `${INSIDE_OLD}${process.pid}`);
  const ours = (name: string) => INSIDE.test(name) || name === INSIDE_LOCK;
  const movedOut: string[] = [];
  const movedIn: string[] = [];
  try {
    await mkdir(old);
    for (const name of await readdir(target)) {
      if (ours(name)) continue;
      await rename(path.join(target, name), path.join(old, name));
      movedOut.push(name);
    }
    for (const name of await readdir(staging)) {
      await rename(path.join(staging, name), path.join(target, name));
      movedIn.push(name);
    }
  } catch (error) {
    // Undo in reverse; what cannot be undone is left for `recoverInterruptedBuilds`.
    for (const name of movedIn.reverse()) await rename(path.join(target, name), path.join(staging, name)).catch(() => undefined);
    for (const name of movedOut.reverse()) await rename(path.join(old, name), path.join(target, name)).catch(() => undefined);
    await rmdir(old).catch(() => undefined);
    if (READ_ONLY.has(errno(error)!)) throw readOnlyError(target, error);
    if (errno(error) === 'EXDEV') throw new OutputError(`${target} ligger på ett annat filsystem än byggmappen och kan inte fyllas på plats; sätt PLANVERK_DIST till en mapp på samma filsystem. Den gamla webbplatsen är orörd.`, error);
    throw error;
  }
  // One rename marks the new site complete: an interrupted removal is not undone later.
  const trash = path.join(target, `${INSIDE_TRASH}${process.pid}`);
  await rename(old, trash);
  await rm(trash, { recursive: true, force: true });
  await rm(staging, { recursive: true, force: true });
}

/** Removes leftovers of killed builds and restores dist/ if a swap or fill was interrupted. */
export async function recoverInterruptedBuilds(dist: string): Promise<void> {
  const target = await realTarget(dist);
  const parent = path.dirname(target);
  const base = path.basename(target);
  const beside = new RegExp(`^${base.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\.(tmp|old)-(\\d+)$`);
  for (const entry of await readdir(parent).catch(() => [] as string[])) {
    const match = beside.exec(entry);
    if (!match || isAlive(Number(match[2]))) continue;
    const full = path.join(parent, entry);
    if (match[1] === 'old' && !existsSync(target)) await rename(full, target);
    else await rm(full, { recursive: true, force: true });
  }
  for (const entry of await readdir(target).catch(() => [] as string[])) {
    const match = INSIDE.exec(entry);
    if (!match || isAlive(Number(match[2]))) continue;
    const full = path.join(target, entry);
    if (match[1] === 'old') {
      // A fill in place was interrupted before it completed: put the old site back.
      for (const name of await readdir(target)) {
        if (!INSIDE.test(name) && name !== INSIDE_LOCK) await rm(path.join(target, name), { recursive: true, force: true });
      }
      for (const name of await readdir(full)) await rename(path.join(full, name), path.join(target, name));
    }
    await rm(full, { recursive: true, force: true });
  }
}
