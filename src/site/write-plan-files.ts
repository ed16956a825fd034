/**
 * Writes a plan's plan.json and open data files into `<siteDir>/<plan-id>/` (under `npm run
 * build`, beside its page; src/build/astro-site/plan-pages.ts).
 *
 * Few system calls, made synchronously: each folder is made once, and each file is created
 * new (`wx`). Measured on the build machine for 1000 plans (docs/prestanda.md, "Planernas
 * filer"): a folder, a temporary file and a rename per file through fs/promises cost the
 * page thread 1,45 s and all threads 4,2 s of CPU; these calls in a loop cost 1,8 s in all.
 * A file that is already there may be a hard link into the previous dist/
 * (src/build/carry-over.ts), so it is replaced by rename, never written into.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { DerivedPlan } from '../derive/derive-plan';
import { writeFileAtomicSync } from '../shared/write-atomic';
import { openDataFiles } from './open-data/files';
import { planJsonText } from './plan-json';

export function writePlanFiles(siteDir: string, derived: DerivedPlan): void {
  const folder = path.join(siteDir, derived.id);
  for (const file of [{ path: 'plan.json', text: planJsonText(derived) }, ...openDataFiles(derived)]) {
    writeNew(path.join(folder, ...file.path.split('/')), file.text);
  }
}

/** Creates the file; its folder only when it is missing, which is once per folder. */
function writeNew(target: string, text: string): void {
  try {
    writeFileSync(target, text, { flag: 'wx' });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') return writeFileAtomicSync(target, text);
    if (code !== 'ENOENT') throw error;
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, text, { flag: 'wx' });
  }
}
