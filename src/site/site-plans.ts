/**
 * The site's view of the content: the same `checkPlans()` as `npm run check`, cached
 * per process. The Astro integration clears the cache when a plan file changes in
 * `npm run dev`, so the next request reads the files again.
 *
 * Under `npm run build` the parent process has already checked the plans: it passes a
 * model manifest (PLANVERK_MODEL) naming its per-plan model files, and the site reads
 * those instead of checking every plan a second time. The manifest may also name the
 * plans whose pages must be rendered (an incremental build); the rest are kept from the
 * previous build.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { DerivedPlan } from '../derive/derive-plan';
import { readModelEntries } from '../incremental/model-cache';
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
  /** Plans whose pages this build renders (all of them unless the build is incremental). */
  rendered: ReadonlySet<string> | null;
}

/** What `npm run build` hands to the Astro child (see scripts/build.ts). */
export interface ModelManifest {
  contentRoot: string;
  entryFiles: string[];
  /** Plan ids whose pages to render; null renders every plan. */
  render: string[] | null;
}

/** True when the parent build supplied the model (it also printed the problems). */
export function modelFromParent(): boolean {
  return Boolean(process.env.PLANVERK_MODEL);
}

// The integration (loaded with astro.config) and the pages (loaded by Vite) are separate
// module instances; they share the cache through globalThis.
const CACHE_KEY = Symbol.for('planverk.siteContent');
type CacheHolder = { [CACHE_KEY]?: Promise<SiteContent> };
const holder = globalThis as CacheHolder;

async function readFromParent(manifestFile: string): Promise<SiteContent> {
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as ModelManifest;
  const entries = await readModelEntries(manifest.entryFiles);
  const results = entries.map((entry) => entry.result);
  return {
    results,
    plans: entries.flatMap((entry) => (entry.derived ? [entry.derived] : [])),
    problems: sortProblems(results.flatMap((result) => result.problems)),
    contentRoot: manifest.contentRoot,
    files: [],
    rendered: manifest.render ? new Set(manifest.render) : null,
  };
}

async function checkHere(): Promise<SiteContent> {
  const contentRoot = await resolveContentRoot(contentDir());
  const result = await checkPlans(contentRoot);
  const files = result.results.flatMap((r) => r.loaded.files.map((file) => path.resolve(file)));
  return { ...result, problems: sortProblems(result.problems), contentRoot, files, rendered: null };
}

export function loadSiteContent(): Promise<SiteContent> {
  const manifest = process.env.PLANVERK_MODEL;
  holder[CACHE_KEY] ??= manifest ? readFromParent(manifest) : checkHere();
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

/** The plans whose own pages (page, JSON, images) this build writes. */
export async function loadRenderedPlans(): Promise<DerivedPlan[]> {
  const plans = await loadSitePlans();
  const { rendered } = await loadSiteContent();
  return rendered ? plans.filter((plan) => rendered.has(plan.id)) : plans;
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
