/**
 * Renders many plans: a content-hash cache skips plans whose input (the derived plan,
 * its images and planverk's code) did not change, and the rest go through a
 * bounded pool of worker processes, one plan per message, so both cores are used and
 * memory stays bounded whatever the number of plans. Each PDF is written atomically.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import type { DerivedPlan } from '../../derive/derive-plan';
import { codeFingerprint } from '../../incremental/fingerprint';
import { readPlanModel } from '../../incremental/read-model';
import { RenderPool } from './render-pool';
import type { SourceInfo } from '../../pdf/document/colophon';

export { renderWorkerScript } from './render-pool';
import { jobFollowUps, planPdfNames, type PdfJob } from './pdf-job';
import { renderPlanDocuments, writePlanDocuments } from './plan-documents';

export type { PdfJob } from './pdf-job';
import { writeFileAtomic } from '../../shared/write-atomic';

export function pdfPath(outDir: string, planId: string): string {
  return path.join(outDir, planId, `${planId}.pdf`);
}

/**
 * Hash of everything a plan's PDF depends on. The derived model carries each figure
 * image's content hash (PublishedImage.sha256, from the check), so hashing the model covers
 * the images without reading them again through the author's paths.
 */
export async function planHash(plan: DerivedPlan, source?: SourceInfo): Promise<string> {
  // The code fingerprint covers the renderer and every dependency (the lock file), so a
  // changed renderer never serves an old PDF.
  const hash = createHash('sha256').update(await codeFingerprint()).update(JSON.stringify(plan));
  hash.update(process.env.SOURCE_DATE_EPOCH ?? '');
  // What the colophon prints (date, commit).
  hash.update(`\0${JSON.stringify(source ?? {})}`);
  return hash.digest('hex');
}

export interface RenderAllOptions {
  outDir: string;
  /**
   * Plans to render. Model files are read only by the thread that renders the plan, so
   * the caller need not hold every plan in memory.
   */
  plans: PdfJob[];
  contentRoot: string;
  /** Worker threads (default: available cores, at most the number of plans). */
  workers?: number;
  /** Ignore the cache. */
  force?: boolean;
  /**
   * Per-plan input keys that already cover the plan's folder and the code (the build's
   * model cache); cheaper than hashing each derived plan.
   */
  hashes?: Readonly<Record<string, string>>;
  /** Each plan's source as the build read it (src/build/source-info.ts), for the colophon; part of its PDF's cache key. */
  sources?: Readonly<Record<string, SourceInfo>>;
}

export interface RenderAllResult {
  rendered: string[];
  cached: string[];
  /** Sum of the worker processes' peak memory (MB), when workers were used. */
  workersPeakRssMb?: number;
}

const CACHE_FILE = '.pdf-cache.json';

export function jobModel(job: PdfJob): Promise<DerivedPlan> {
  return 'modelFile' in job ? readPlanModel(job.modelFile) : Promise.resolve(job);
}

/** Fewer plans than this render in this thread: starting workers would cost more. */
const MIN_PLANS_FOR_WORKERS = 4;

export async function renderAllPdfs(options: RenderAllOptions): Promise<RenderAllResult> {
  const cacheFile = path.join(options.outDir, CACHE_FILE);
  let cache: Record<string, string> = {};
  try { cache = JSON.parse(await readFile(cacheFile, 'utf8')) as Record<string, string>; } catch { cache = {}; }
  const hashes = new Map<string, string>();
  const todo: PdfJob[] = [];
  const cached: string[] = [];
  for (const plan of options.plans) {
    const key = options.hashes?.[plan.id];
    const hash = key
      ? createHash('sha256').update(`${key}\0${process.env.SOURCE_DATE_EPOCH ?? ''}\0${JSON.stringify(options.sources?.[plan.id] ?? {})}`).digest('hex')
      : await planHash(await jobModel(plan), options.sources?.[plan.id]);
    hashes.set(plan.id, hash);
    const files = planPdfNames(plan.id, jobFollowUps(plan)).map((name) => path.join(options.outDir, plan.id, name));
    if (!options.force && cache[plan.id] === hash && files.every((file) => existsSync(file))) cached.push(plan.id);
    else todo.push(plan);
  }
  const workers = Math.max(1, Math.min(options.workers ?? availableParallelism(), todo.length));
  let workersPeakRssMb: number | undefined;
  if (workers <= 1 || todo.length < MIN_PLANS_FOR_WORKERS) {
    for (const plan of todo) await writePlanDocuments(pdfPath(options.outDir, plan.id), await renderPlanDocuments(await jobModel(plan), options.contentRoot, { source: options.sources?.[plan.id] }));
  } else {
    const pool = new RenderPool(workers);
    try {
      await Promise.all(todo.map((plan) => pool.render(plan, options.contentRoot, pdfPath(options.outDir, plan.id), options.sources?.[plan.id])));
    } finally {
      await pool.close();
      workersPeakRssMb = pool.workersPeakRssMb();
    }
  }
  const next: Record<string, string> = {};
  for (const plan of options.plans) next[plan.id] = hashes.get(plan.id)!;
  await writeFileAtomic(cacheFile, `${JSON.stringify(next, null, 2)}\n`);
  return { rendered: todo.map((p) => p.id), cached, workersPeakRssMb };
}
