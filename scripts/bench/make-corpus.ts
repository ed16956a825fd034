/**
 * Scale corpus for benchmarks: N plans copied from content/, each with its own id and
 * slightly varied numbers so no two files are byte-identical. Written outside the repo
 * (nothing generated is committed).
 */
import { cp, mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { discoverPlanDirs } from '../../src/load/discover-plans';

export async function makeCorpus(target: string, count: number, contentDir = 'content'): Promise<string[]> {
  await rm(target, { recursive: true, force: true });
  await mkdir(target, { recursive: true });
  const seeds = await discoverPlanDirs(path.resolve(contentDir));
  const dirs: string[] = [];
  for (let i = 0; i < count; i++) {
    const seed = seeds[i % seeds.length]!;
    const dir = path.join(target, `${path.basename(seed)}-${String(i).padStart(4, '0')}`);
    await cp(seed, dir, { recursive: true });
    const file = path.join(dir, 'plan.yaml');
    const text = await readFile(file, 'utf8');
    // Vary the organisation name so that each plan is distinct text.
    await writeFile(file, text.replace(/^(  name: .*)$/m, `$1 ${i}`));
    dirs.push(dir);
  }
  void readdir;
  return dirs;
}
