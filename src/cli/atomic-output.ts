/**
 * Builds go into a fresh sibling folder and replace dist/ only when every stage has
 * succeeded, so a failed or killed build never leaves a broken or half-written site.
 */
import { existsSync } from 'node:fs';
import { readdir, rename, rm } from 'node:fs/promises';
import path from 'node:path';

const isAlive = (pid: number) => {
  try { process.kill(pid, 0); return true; } catch { return false; }
};

/** Removes leftovers of killed builds and restores dist/ if a swap was interrupted. */
export async function recoverInterruptedBuilds(target: string): Promise<void> {
  const parent = path.dirname(path.resolve(target));
  const base = path.basename(target);
  const entries = await readdir(parent);
  for (const entry of entries) {
    const match = new RegExp(`^${base}\\.(tmp|old)-(\\d+)$`).exec(entry);
    if (!match || isAlive(Number(match[2]))) continue;
    const full = path.join(parent, entry);
    if (match[1] === 'old' && !existsSync(target)) await rename(full, target);
    else await rm(full, { recursive: true, force: true });
  }
}

export function stagingDir(target: string): string {
  return `${path.resolve(target)}.tmp-${process.pid}`;
}

/** Replaces `target` by `staging` with two renames on the same file system. */
export async function publishStaging(staging: string, target: string): Promise<void> {
  const old = `${path.resolve(target)}.old-${process.pid}`;
  if (existsSync(target)) await rename(target, old);
  await rename(staging, target);
  await rm(old, { recursive: true, force: true });
}
