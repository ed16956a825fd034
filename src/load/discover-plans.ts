/**
 * Finds plan folders: every folder under content/ that holds a plan.yaml. A folder whose
 * name starts with `_` is never a plan (shared files, drafts kept out on purpose); one
 * starting with `.` is hidden in most file managers, so when it holds a plan.yaml it is
 * found and its name refused by check rather than its page silently left out.
 */
import { statSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { PLAN_FILE_NAME } from './load-plan';

/**
 * The plan.yaml of each folder is looked at with statSync: stat opens nothing, so it cannot
 * block, and for 1000 plans one awaited stat after another cost 50–100 ms on an idle
 * machine (about 0,2 s beside Astro's start) against 12–25 ms.
 */
export async function discoverPlanDirs(contentRoot: string): Promise<string[]> {
  const entries = await readdir(contentRoot, { withFileTypes: true });
  const dirs: string[] = [];
  for (const entry of entries) {
    if (!entry.isDirectory() || entry.name.startsWith('_')) continue;
    const dir = path.join(contentRoot, entry.name);
    try {
      if (statSync(path.join(dir, PLAN_FILE_NAME)).isFile()) dirs.push(dir);
    } catch {
      // A folder without plan.yaml is not a plan (images, shared files).
    }
  }
  return dirs.sort();
}

/** A path given on the command line: a plan folder or its plan.yaml. */
export function planDirFromArgument(argument: string): string {
  const resolved = path.resolve(argument);
  return path.basename(resolved) === PLAN_FILE_NAME ? path.dirname(resolved) : resolved;
}
