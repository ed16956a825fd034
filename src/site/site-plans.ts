/**
 * The site's view of the content: the same `checkPlans()` as `npm run check`, cached
 * per process. The Astro integration clears the cache when a plan file changes in
 * `npm run dev`, so the next request reads the files again.
 */
import path from 'node:path';
import type { DerivedPlan } from '../derive/derive-plan';
import { checkPlans, resolveContentRoot, type PipelineResult } from '../pipeline';
import { hasErrors, PlanProblemsError, sortProblems } from '../problems';

/** `PLANVERK_CONTENT` points the site at another content folder (tests, fixtures). */
export function contentDir(): string {
  return process.env.PLANVERK_CONTENT ?? 'content';
}

export interface SiteContent extends PipelineResult {
  contentRoot: string;
  /** Every file the plans were read from, for the dev server's watcher. */
  files: string[];
}

// The integration (loaded with astro.config) and the pages (loaded by Vite) are separate
// module instances; they share the cache through globalThis.
const CACHE_KEY = Symbol.for('planverk.siteContent');
type CacheHolder = { [CACHE_KEY]?: Promise<SiteContent> };
const holder = globalThis as CacheHolder;

export function loadSiteContent(): Promise<SiteContent> {
  holder[CACHE_KEY] ??= (async () => {
    const contentRoot = await resolveContentRoot(contentDir());
    const result = await checkPlans(contentRoot);
    const files = result.results.flatMap((r) => r.loaded.files.map((file) => path.resolve(file)));
    return { ...result, problems: sortProblems(result.problems), contentRoot, files };
  })();
  return holder[CACHE_KEY];
}

export function clearSiteContent(): void {
  delete holder[CACHE_KEY];
}

/** Valid plans, sorted by organisation and then newest period first. Throws when any plan has errors. */
export async function loadSitePlans(): Promise<DerivedPlan[]> {
  const content = await loadSiteContent();
  const errors = content.problems.filter((p) => p.severity === 'error');
  if (hasErrors(errors)) throw new PlanProblemsError(errors);
  return content.plans;
}

export async function loadSitePlan(id: string): Promise<DerivedPlan> {
  const plan = (await loadSitePlans()).find((p) => p.id === id);
  if (!plan) throw new Error(`Planen "${id}" finns inte.`);
  return plan;
}

/** Absolute folder of a plan, for its figure images. */
export async function planFolder(id: string): Promise<string> {
  const content = await loadSiteContent();
  const result = content.results.find((r) => r.loaded.id === id);
  if (!result) throw new Error(`Planen "${id}" finns inte.`);
  return result.loaded.dir;
}
