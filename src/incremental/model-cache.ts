/**
 * `checkPlans` with a per-plan cache: a plan whose folder and planverk's code are
 * unchanged since the last build is not read, validated or derived again.
 *
 * Layout (node_modules/.cache/planverk/model/<content hash>/): `index.json` holds, per
 * plan, its key, problems and a small summary (what the home page lists); `<id>.v8`
 * holds the derived model in V8's serialization (read-model.ts; docs/prestanda.md). A build
 * reads only the index; the derived models are read one at a time by whoever renders that
 * plan (the Astro child, a PDF worker), so no process ever holds all plans and an edit
 * rewrites one file.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { serialize } from 'node:v8';
import { discoverPlanDirs } from '../load/discover-plans';
import { writeFileAtomic, writeFileAtomicSync } from '../shared/write-atomic';
import { checkPlans, type PlanResult } from '../pipeline';
import type { Problem } from '../problems';
import { problemExcerpt, readProblemSources, type SourceExcerpt } from '../load/source-excerpt';
import { codeFingerprint, normalizeReads, planInputHash, planInputSignature } from './fingerprint';
import { planReads } from './plan-reads';
import { checkShared, type SharedCheckOptions } from './shared-check';
import { summarizePlan, type PlanSummary } from './plan-summary';

/**
 * A folder of the build cache: `model` for this module, `trash` for replaced sites
 * (src/cli/trash.ts). PLANVERK_CACHE moves the cache (tests start from an empty one; CI may keep one).
 */
export function buildCacheFolder(name: 'model' | 'trash'): string {
  return process.env.PLANVERK_CACHE
    ? path.resolve(process.env.PLANVERK_CACHE, name)
    : fileURLToPath(new URL(`../../node_modules/.cache/planverk/${name}/`, import.meta.url));
}
const cacheRoot = () => buildCacheFolder('model');
const ROOT_FILE = 'content-root.txt';
const INDEX_FILE = 'index.json';

export interface IndexEntry {
  /** Hash of the plan folder, the code and where it was checked from. */
  key: string;
  /**
   * The plan's content hash and the file signature it was computed for, over its folder
   * and `reads`: the files the plan read when it was last checked (as written).
   */
  input: { hash: string; signature: string; reads: string[] };
  result: Pick<PlanResult, 'loaded' | 'problems'>;
  /**
   * The source excerpt of each problem (by its index in `result.problems`) whose file is one
   * of the plan's own, which `key` covers; null when there is none to show. Printing the
   * problems of unchanged plans then reads no file (about 0,15 s of an incremental build
   * of the benchmark's 1000 plans and 1600 warnings). Problems missing here are read when printed.
   */
  excerpts?: Record<number, SourceExcerpt | null>;
  /** Present when the plan is valid; its derived model is in `modelFile`. */
  summary?: PlanSummary;
  modelFile?: string;
}

export interface ModelIndex {
  contentRoot: string;
  /** In content order (sorted folder names). */
  plans: IndexEntry[];
}

export interface CachedCheck {
  index: ModelIndex;
  /** Path of the index file (what the Astro child is given). */
  indexFile: string;
  problems: Problem[];
  /** Plans that were checked again (not served from the cache). */
  checked: string[];
  /** The excerpts the index holds, for printProblems (src/cli/print-problems.ts). */
  excerpts: Map<Problem, SourceExcerpt | undefined>;
}

/** The excerpts of the problems in the plan's own files (IndexEntry.excerpts), each file read once. */
function ownExcerpts(problems: readonly Problem[], ownFiles: readonly string[]): IndexEntry['excerpts'] {
  const own = new Set(ownFiles.map((file) => path.resolve(file)));
  const isOwn = (problem: Problem) => own.has(path.resolve(problem.file));
  const texts = readProblemSources(problems.filter(isOwn));
  const excerpts: Record<number, SourceExcerpt | null> = {};
  problems.forEach((problem, i) => {
    if (isOwn(problem)) excerpts[i] = problemExcerpt(problem, texts) ?? null;
  });
  return Object.keys(excerpts).length > 0 ? excerpts : undefined;
}

/** One cache folder per content folder, so corpora and fixtures never share entries. */
export function modelCacheDir(contentRoot: string): string {
  return path.join(cacheRoot(), createHash('sha256').update(contentRoot).digest('hex').slice(0, 16));
}

/** Where a new cache folder is made before it is renamed into place. */
const NEW_DIR_PREFIX = '.new-';
/** A folder being made is left alone for this long; after that it is a crashed build's. */
const NEW_DIR_GRACE_MS = 10 * 60_000;

/**
 * Makes sure `dir` is there and names its content folder. A new folder is made aside with
 * its ROOT_FILE and renamed into place, and an existing one gets the file by rename: another
 * build pruning the caches beside it (pruneOtherCaches) never sees the folder without the
 * file, or the file empty, and so never takes it for a stale cache while this one uses it.
 */
async function claimCacheDir(dir: string, contentRoot: string): Promise<void> {
  if ((await readFile(path.join(dir, ROOT_FILE), 'utf8').catch(() => undefined)) === contentRoot) return;
  await mkdir(path.dirname(dir), { recursive: true });
  const aside = await mkdtemp(path.join(path.dirname(dir), NEW_DIR_PREFIX));
  try {
    await writeFile(path.join(aside, ROOT_FILE), contentRoot);
    await rename(aside, dir);
  } catch (error) {
    await rm(aside, { recursive: true, force: true });
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'ENOTEMPTY' && code !== 'EEXIST') throw error;
    // Made meanwhile by another build of the same content, or kept from before without the file.
    await writeFileAtomic(path.join(dir, ROOT_FILE), contentRoot);
  }
}

/** Drops the caches of content folders that no longer exist (temporary corpora, test copies). */
async function pruneOtherCaches(own: string): Promise<void> {
  for (const name of await readdir(path.dirname(own)).catch(() => [] as string[])) {
    const dir = path.join(path.dirname(own), name);
    if (dir === own) continue;
    if (name.startsWith(NEW_DIR_PREFIX)) {
      const made = await stat(dir).then((s) => s.mtimeMs, () => undefined);
      if (made !== undefined && Date.now() - made < NEW_DIR_GRACE_MS) continue;
    }
    const root = await readFile(path.join(dir, ROOT_FILE), 'utf8').catch(() => undefined);
    if (root === undefined || !existsSync(root)) await rm(dir, { recursive: true, force: true });
  }
}

export async function readModelIndex(file: string): Promise<ModelIndex | undefined> {
  try { return JSON.parse(await readFile(file, 'utf8')) as ModelIndex; } catch { return undefined; }
}

const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((item, i) => item === b[i]);

/** Signs a plan over its folder and the files it read last time (`known.reads`). */
function planInput(contentRoot: string, planDir: string, known?: Partial<IndexEntry['input']>): IndexEntry['input'] {
  const reads = known?.reads ?? [];
  const signature = planInputSignature(contentRoot, planDir, reads);
  const hash = known?.hash !== undefined && known.signature === signature ? known.hash : planInputHash(contentRoot, planDir, reads);
  return { hash, signature, reads };
}

/** What a first check of some plans needs (also in the second process, ./check-worker.ts). */
export interface CheckJob {
  contentRoot: string;
  /** The content folder's cache folder (modelCacheDir). */
  cacheDir: string;
  /** codeFingerprint(), part of every plan's key. */
  code: string;
  /** The working folder the keys name (as the checking process sees it). */
  cwd: string;
  dirs: string[];
  /**
   * Each plan's input as signed before the check (same order as `dirs`); undefined for a
   * plan the cache has never seen, which is signed after its check, with the files it read.
   */
  inputs: (IndexEntry['input'] | undefined)[];
}

// V8's version too: a model file is in its serialization format, which only it is sure to read.
const entryKey = (job: Pick<CheckJob, 'code' | 'cwd'>, planDir: string, hash: string) => createHash('sha256').update(`${job.code}\0${process.versions.v8}\0${job.cwd}\0${planDir}\0${hash}`).digest('hex');

/**
 * Checks the plans of `job`, writes the models of the valid ones into the cache folder and
 * returns their index entries, in the order of `job.dirs`.
 */
export async function checkAndStore(job: CheckJob): Promise<IndexEntry[]> {
  const { contentRoot, cacheDir: dir, dirs, inputs } = job;
  const fresh = await checkPlans(contentRoot, dirs);
  const byDir = new Map(fresh.results.map((result) => [result.loaded.dir, result]));
  const derivedById = new Map(fresh.plans.map((plan) => [plan.id, plan]));
  const entries: IndexEntry[] = new Array(dirs.length);
  for (let i = 0; i < dirs.length; i++) {
    const result = byDir.get(dirs[i]!)!;
    const reads = normalizeReads(planReads(result));
    // The signature taken before the check covers the files read last time; when the plan
    // now reads others (its first check, a new section file) they are signed now, so the
    // next build sees an edit to any of them.
    const known = inputs[i];
    const input = known && sameList(reads, known.reads) ? known : planInput(contentRoot, dirs[i]!, { reads });
    const entry: IndexEntry = { key: entryKey(job, dirs[i]!, input.hash), input, result: { loaded: result.loaded, problems: result.problems } };
    const excerpts = ownExcerpts(result.problems, planReads(result));
    if (excerpts) entry.excerpts = excerpts;
    const derived = derivedById.get(result.loaded.id);
    if (derived) {
      entry.summary = summarizePlan(derived);
      entry.modelFile = path.join(dir, `${derived.id}.v8`);
      writeFileAtomicSync(entry.modelFile, serialize(derived));
    }
    entries[i] = entry;
  }
  return entries;
}

/**
 * `shared`: when a second process shares a first check of many plans (./shared-check.ts;
 * `npm run build` asks for it). Without it everything is checked in this process, which is
 * all a caller inside Astro can do (src/build/astro-site/site-plans.ts).
 */
export async function checkPlansCached(contentRoot: string, shared?: SharedCheckOptions): Promise<CachedCheck> {
  const dir = modelCacheDir(contentRoot);
  await claimCacheDir(dir, contentRoot);
  await pruneOtherCaches(dir);
  const indexFile = path.join(dir, INDEX_FILE);
  const previous = new Map((await readModelIndex(indexFile))?.plans.map((entry) => [entry.result.loaded.dir, entry]) ?? []);
  const code = await codeFingerprint();
  const cwd = process.cwd();
  const dirs = await discoverPlanDirs(contentRoot);
  // Only plans the cache knows are signed before the check: any other is checked anyway, and
  // signed afterwards with the files it read (in whichever process checked it).
  const inputs = dirs.map((planDir) => {
    const known = previous.get(planDir)?.input;
    return known ? planInput(contentRoot, planDir, known) : undefined;
  });
  const entries: (IndexEntry | undefined)[] = dirs.map((planDir, i) => {
    const entry = previous.get(planDir);
    if (!entry || entry.key !== entryKey({ code, cwd }, planDir, inputs[i]!.hash)) return undefined;
    // Same content: keep the entry, with the plan's current signature.
    return !entry.modelFile || existsSync(entry.modelFile) ? { ...entry, input: inputs[i]! } : undefined;
  });

  const staleIndexes = dirs.flatMap((_, i) => (entries[i] ? [] : [i]));
  if (staleIndexes.length > 0) {
    const job: CheckJob = { contentRoot, cacheDir: dir, code, cwd, dirs: staleIndexes.map((i) => dirs[i]!), inputs: staleIndexes.map((i) => inputs[i]!) };
    const fresh = shared ? await checkShared(job, checkAndStore, shared) : await checkAndStore(job);
    staleIndexes.forEach((i, k) => { entries[i] = fresh[k]; });
  }
  const index: ModelIndex = { contentRoot, plans: entries as IndexEntry[] };
  await writeFileAtomic(indexFile, JSON.stringify(index));
  // Models of plans that no longer exist or are no longer valid.
  const keep = new Set([ROOT_FILE, INDEX_FILE, ...index.plans.flatMap((entry) => (entry.modelFile ? [path.basename(entry.modelFile)] : []))]);
  for (const name of await readdir(dir)) if (!keep.has(name)) await rm(path.join(dir, name), { force: true });

  const excerpts = new Map<Problem, SourceExcerpt | undefined>();
  for (const entry of index.plans) {
    entry.result.problems.forEach((problem, i) => {
      const excerpt = entry.excerpts?.[i];
      if (excerpt !== undefined) excerpts.set(problem, excerpt ?? undefined);
    });
  }
  return {
    index,
    indexFile,
    problems: index.plans.flatMap((entry) => entry.result.problems),
    checked: staleIndexes.map((i) => path.basename(dirs[i]!)),
    excerpts,
  };
}
