/**
 * `checkPlans` with a per-plan cache: a plan whose folder and planverk's code are
 * unchanged since the last build is not read, validated or derived again; its problems
 * and derived model come from node_modules/.cache/planverk/model/. The cache holds one
 * JSON file per plan, so an edit rewrites one file and the Astro child can read the
 * same files instead of checking the plans a second time.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { DerivedPlan } from '../derive/derive-plan';
import { discoverPlanDirs } from '../load/discover-plans';
import { writeFileAtomic } from '../pdf/write-atomic';
import { checkPlans, type PipelineResult, type PlanResult } from '../pipeline';
import { codeFingerprint, planInputHash } from './fingerprint';

/** PLANVERK_CACHE moves the cache (tests start from an empty one; CI may keep one). */
function cacheRoot(): string {
  return process.env.PLANVERK_CACHE
    ? path.resolve(process.env.PLANVERK_CACHE, 'model')
    : fileURLToPath(new URL('../../node_modules/.cache/planverk/model/', import.meta.url));
}
const ROOT_FILE = 'content-root.txt';

export interface ModelEntry {
  /** Hash of the plan folder, the code and where it was checked from. */
  key: string;
  result: Pick<PlanResult, 'loaded' | 'problems'>;
  derived?: DerivedPlan;
}

export interface CachedPipelineResult extends PipelineResult {
  /** Cache file of each plan, in the order of `results`. */
  entryFiles: string[];
  /** Key of each plan id (valid or not), for deciding what a build must redo. */
  keys: Record<string, string>;
  /** Plans that were checked again (not served from the cache). */
  checked: string[];
}

/** One cache folder per content folder, so corpora and fixtures never share entries. */
export function modelCacheDir(contentRoot: string): string {
  return path.join(cacheRoot(), createHash('sha256').update(contentRoot).digest('hex').slice(0, 16));
}

/** Drops the caches of content folders that no longer exist (temporary corpora, test copies). */
async function pruneOtherCaches(own: string): Promise<void> {
  for (const name of await readdir(path.dirname(own)).catch(() => [] as string[])) {
    const dir = path.join(path.dirname(own), name);
    if (dir === own) continue;
    const root = await readFile(path.join(dir, ROOT_FILE), 'utf8').catch(() => undefined);
    if (root === undefined || !existsSync(root)) await rm(dir, { recursive: true, force: true });
  }
}

async function readEntry(file: string): Promise<ModelEntry | undefined> {
  try { return JSON.parse(await readFile(file, 'utf8')) as ModelEntry; } catch { return undefined; }
}

export async function checkPlansCached(contentRoot: string): Promise<CachedPipelineResult> {
  const dir = modelCacheDir(contentRoot);
  await mkdir(dir, { recursive: true });
  await writeFile(path.join(dir, ROOT_FILE), contentRoot);
  await pruneOtherCaches(dir);
  const code = await codeFingerprint();
  const dirs = await discoverPlanDirs(contentRoot);
  const keys = await Promise.all(dirs.map(async (planDir) =>
    createHash('sha256').update(`${code}\0${process.cwd()}\0${planDir}\0${await planInputHash(planDir)}`).digest('hex')));
  const files = dirs.map((planDir) => path.join(dir, `${path.basename(planDir)}.json`));
  const entries = await Promise.all(files.map(async (file, i) => {
    const entry = await readEntry(file);
    return entry?.key === keys[i] ? entry : undefined;
  }));

  const stale = dirs.filter((_, i) => !entries[i]);
  if (stale.length > 0) {
    const fresh = await checkPlans(contentRoot, stale);
    const byDir = new Map(fresh.results.map((result) => [result.loaded.dir, result]));
    const derivedById = new Map(fresh.plans.map((plan) => [plan.id, plan]));
    for (let i = 0; i < dirs.length; i++) {
      if (entries[i]) continue;
      const result = byDir.get(dirs[i]!)!;
      const entry: ModelEntry = { key: keys[i]!, result: { loaded: result.loaded, problems: result.problems }, derived: derivedById.get(result.loaded.id) };
      await writeFileAtomic(files[i]!, JSON.stringify(entry));
      entries[i] = entry;
    }
  }
  // Entries of plans that no longer exist.
  const keep = new Set([ROOT_FILE, ...files.map((file) => path.basename(file))]);
  for (const name of await readdir(dir)) if (!keep.has(name)) await rm(path.join(dir, name), { force: true });

  const all = entries as ModelEntry[];
  return {
    results: all.map((entry) => entry.result),
    plans: all.flatMap((entry) => (entry.derived ? [entry.derived] : [])),
    problems: all.flatMap((entry) => entry.result.problems),
    entryFiles: files,
    keys: Object.fromEntries(all.map((entry) => [entry.result.loaded.id, entry.key])),
    checked: stale.map((planDir) => path.basename(planDir)),
  };
}

/** Reads the entries a parent build wrote (the Astro child's view of the model). */
export async function readModelEntries(files: readonly string[]): Promise<ModelEntry[]> {
  return Promise.all(files.map(async (file) => {
    const entry = await readEntry(file);
    if (!entry) throw new Error(`planverk: modellfilen ${file} saknas eller är trasig; kör bygget igen.`);
    return entry;
  }));
}
