/**
 * The site's view of the content. Stand-alone (`astro build`, `npm run dev`) it runs the
 * same check as `npm run check` through the model cache (only changed plans are checked
 * again), held per process; the Astro integration clears it when a plan file changes in
 * `npm run dev`.
 *
 * Under `npm run build` the parent process has already checked the plans before it starts
 * Astro: it passes its model manifest (PLANVERK_MODEL) naming the model cache's index, and
 * the site reads the plans' summaries from it and each plan's derived model only when that
 * plan's page is rendered, so the Astro process never holds every plan at once. The
 * manifest also names the plans whose pages must be rendered (an incremental build; the
 * other pages are kept from the previous build) and the search shards to write.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { DerivedPlan } from '../../derive/derive-plan';
import { waitForGo } from '../child-process';
import { deriveSiteModel, type SiteModel } from '../../derive/site-model';
import { checkPlansCached, readModelIndex } from '../../incremental/model-cache';
import { readPlanModel } from '../../incremental/read-model';
import type { PlanSummary } from '../../incremental/plan-summary';
import type { ShardedIndexing } from '../../site/search-index';
import { renderOrder } from '../../site/search-shards';
import { checkSiteSettings, resolveContentRoot, type PlanResult } from '../../pipeline';
import { hasErrors, PlanProblemsError, sortProblems, type Problem } from '../../problems';

/** `PLANVERK_CONTENT` points the site at another content folder (tests, fixtures). */
export function contentDir(): string {
  return process.env.PLANVERK_CONTENT ?? 'content';
}

export interface SiteContent {
  contentRoot: string;
  results: Pick<PlanResult, 'loaded' | 'problems'>[];
  problems: Problem[];
  /** Valid plans, in content order. */
  summaries: PlanSummary[];
  /** Every file the plans were read from, for the dev server's watcher. */
  files: string[];
  /** Plans whose pages this build renders (all of them unless the build is incremental). */
  rendered: ReadonlySet<string> | null;
  /** The site settings (webbplats.yaml) with their fallbacks; absent when the file has errors. */
  site?: SiteModel;
  model(id: string): Promise<DerivedPlan>;
  /** The model cache's file of a plan, when the parent build wrote one (workers read it themselves). */
  modelFile(id: string): string | undefined;
}

/** What `npm run build` hands to the Astro child (see scripts/build.ts), in one file. */
export interface ModelManifest {
  indexFile: string;
  /** Plan ids whose pages to render; null renders every plan. */
  render: string[] | null;
  /** Number of search index shards (src/site/search-shards.ts). */
  searchShards: number;
  /** Shards to index after the build (the others are kept); null indexes all of them. */
  reindex: number[] | null;
  /** Astro's output folder, the build's staging folder (plan.json is written there with each page). */
  siteDir: string;
  /** The build process: Astro, in a process group of its own, stops when it is gone. */
  parentPid?: number;
  /** The site settings the parent checked (webbplats.yaml with its fallbacks); without them, the fallbacks alone. */
  site?: SiteModel;
  /** Each plan's last commit date (ISO) from git, for "Senast ändrad"; absent without git. */
  lastChanged?: Record<string, string>;
}

/**
 * Waits until the manifest `npm run build` passes is there. The build starts Astro before
 * it checks the plans, so that Astro loads while they are checked, and writes the manifest
 * and opens the gate (src/build/child-process.ts) when the check has passed; a manifest
 * that is already there (the benchmark, tests) needs no gate.
 */
export async function parentManifestReady(): Promise<void> {
  const file = process.env.PLANVERK_MODEL;
  if (file && !existsSync(file)) await waitForGo();
}

/** The manifest `npm run build` passed, if it did (read once, after `parentManifestReady`). */
export function parentManifest(): ModelManifest | undefined {
  const file = process.env.PLANVERK_MODEL;
  if (!file) return undefined;
  holder[MANIFEST_KEY] ??= JSON.parse(readFileSync(file, 'utf8')) as ModelManifest;
  return holder[MANIFEST_KEY];
}

/** True when the parent build supplied the model (it also printed the problems). */
export function modelFromParent(): boolean {
  return Boolean(process.env.PLANVERK_MODEL);
}

// The integration (loaded with astro.config) and the pages (loaded by Vite) are separate
// module instances; they share the cache through globalThis.
const CACHE_KEY = Symbol.for('planverk.siteContent');
const MANIFEST_KEY = Symbol.for('planverk.modelManifest');
const INDEXING_KEY = Symbol.for('planverk.searchIndexing');
const DEV_KEY = Symbol.for('planverk.devServer');
const FILE_FAILURE_KEY = Symbol.for('planverk.pageFileFailure');
type CacheHolder = { [CACHE_KEY]?: Promise<SiteContent>; [MANIFEST_KEY]?: ModelManifest; [DEV_KEY]?: boolean; [INDEXING_KEY]?: ShardedIndexing; [FILE_FAILURE_KEY]?: { error: unknown } };
const holder = globalThis as CacheHolder;

const notFound = (id: string) => new Error(`Planen "${id}" finns inte.`);

async function readFromParent(manifest: ModelManifest): Promise<SiteContent> {
  const index = await readModelIndex(manifest.indexFile);
  if (!index) throw new Error(`planverk: modellindexet ${manifest.indexFile} saknas eller är trasigt; kör bygget igen.`);
  const files = new Map(index.plans.flatMap((entry) => (entry.modelFile ? [[entry.result.loaded.id, entry.modelFile] as const] : [])));
  const results = index.plans.map((entry) => entry.result);
  return {
    contentRoot: index.contentRoot,
    results,
    problems: sortProblems(results.flatMap((result) => result.problems)),
    summaries: index.plans.flatMap((entry) => (entry.summary ? [entry.summary] : [])),
    files: [],
    rendered: manifest.render ? new Set(manifest.render) : null,
    site: manifest.site ?? deriveSiteModel({}),
    model: (id) => {
      const file = files.get(id);
      return file ? readPlanModel(file) : Promise.reject(notFound(id));
    },
    modelFile: (id) => files.get(id),
  };
}

/**
 * Stand-alone (`npm run dev`, `astro build`): the same check as `npm run build`, through the
 * model cache, so that a save in `npm run dev` re-checks only the plan that changed. Never
 * shared with a second process: Astro loads this code through Vite's module runner, which
 * is closed once the config is loaded, so the check worker (compiled on demand, importing
 * esbuild) cannot be started from here.
 */
async function checkHere(): Promise<SiteContent> {
  const contentRoot = await resolveContentRoot(contentDir());
  const [{ index, problems }, settings] = await Promise.all([checkPlansCached(contentRoot), checkSiteSettings(contentRoot)]);
  const files = new Map(index.plans.flatMap((entry) => (entry.modelFile ? [[entry.result.loaded.id, entry.modelFile] as const] : [])));
  return {
    contentRoot,
    results: index.plans.map((entry) => entry.result),
    problems: sortProblems([...settings.problems, ...problems]),
    summaries: index.plans.flatMap((entry) => (entry.summary ? [entry.summary] : [])),
    files: [settings.path, ...index.plans.flatMap((entry) => entry.result.loaded.files.map((file) => path.resolve(file)))],
    rendered: null,
    ...(settings.site ? { site: settings.site } : {}),
    model: (id) => {
      const file = files.get(id);
      return file ? readPlanModel(file) : Promise.reject(notFound(id));
    },
    // Left undefined: the stand-alone build renders PDFs in its own process.
    modelFile: () => undefined,
  };
}

export function loadSiteContent(): Promise<SiteContent> {
  const manifest = parentManifest();
  holder[CACHE_KEY] ??= manifest ? readFromParent(manifest) : checkHere();
  return holder[CACHE_KEY];
}

export function clearSiteContent(): void {
  delete holder[CACHE_KEY];
  delete holder[MANIFEST_KEY];
}

/**
 * The search index being written while Astro renders (`npm run build`): the integration
 * starts it, the plan page route reports each page it starts. Held on globalThis because the
 * routes run in Vite's copy of these modules and the integration in Node's.
 */
export function setSearchIndexing(indexing: ShardedIndexing | undefined): void {
  holder[INDEXING_KEY] = indexing;
}

export function searchIndexing(): ShardedIndexing | undefined {
  return holder[INDEXING_KEY];
}

/**
 * A failure to write the files beside a page (plan.json, open data) is kept and thrown by
 * the integration when the pages are done: thrown from the page route, Astro prints it
 * wrapped as its own error, with "Error:" and the route, before the build's Swedish line.
 */
export function keepPageFileFailure(error: unknown): void {
  holder[FILE_FAILURE_KEY] ??= { error };
}

export function throwPageFileFailure(): void {
  const failure = holder[FILE_FAILURE_KEY];
  holder[FILE_FAILURE_KEY] = undefined;
  if (failure) throw failure.error;
}

/** Content already found free of errors: called once per plan, it must not scan every problem each time. */
const checkedContent = new WeakSet<SiteContent>();

/**
 * Called by the integration in `npm run dev`: a plan with errors is left out of the site
 * (its own page shows its problems, the home page lists it as broken) instead of taking the
 * whole site down. A build still stops on any error.
 */
export function serveBrokenPlans(): void {
  holder[DEV_KEY] = true;
}

export interface BrokenPlan {
  id: string;
  /** Its errors (warnings are left out). */
  errors: Problem[];
}

/** Plans with errors, in content order. */
export function brokenPlans(content: Pick<SiteContent, 'results'>): BrokenPlan[] {
  return content.results.flatMap((result) => {
    const errors = result.problems.filter((p) => p.severity === 'error');
    return errors.length ? [{ id: result.loaded.id, errors }] : [];
  });
}

/** The plans with errors that `npm run dev` lists on the home page; none outside the dev server. */
export async function loadBrokenPlans(): Promise<BrokenPlan[]> {
  return holder[DEV_KEY] ? brokenPlans(await loadSiteContent()) : [];
}

async function validContent(): Promise<SiteContent> {
  const content = await loadSiteContent();
  if (checkedContent.has(content) || holder[DEV_KEY]) return content;
  const errors = content.problems.filter((p) => p.severity === 'error');
  if (hasErrors(errors)) throw new PlanProblemsError(errors);
  checkedContent.add(content);
  return content;
}

/** Every valid plan's summary, in content order. Throws when any plan has errors (except in `npm run dev`). */
export async function loadSitePlans(): Promise<PlanSummary[]> {
  return (await validContent()).summaries;
}

/**
 * The plans whose own pages (page, JSON, images) this build writes; under `npm run build` in
 * search shard order, so that each shard is indexed as soon as its pages are written.
 */
export async function loadRenderedPlans(): Promise<PlanSummary[]> {
  const { summaries, rendered } = await validContent();
  const plans = rendered ? summaries.filter((plan) => rendered.has(plan.id)) : summaries;
  const manifest = parentManifest();
  return manifest ? renderOrder(plans, manifest.searchShards) : plans;
}

/** The site settings with their fallbacks (webbplats.yaml). Throws when any plan or the settings have errors. */
export async function loadSiteModel(): Promise<SiteModel> {
  const content = await validContent();
  if (!content.site) throw new Error('planverk: webbplatsens inställningar saknas i modellen.');
  return content.site;
}

/** Search index shards the search page merges: those of `npm run build`, else one index. */
export function searchShardCount(): number {
  return parentManifest()?.searchShards ?? 1;
}

/** One plan's derived model. */
export async function loadSitePlan(id: string): Promise<DerivedPlan> {
  return (await validContent()).model(id);
}

/** Where a worker gets one plan's derived model: the model cache's file, or the model itself. */
export async function sitePlanSource(id: string): Promise<{ file: string } | { model: DerivedPlan }> {
  const content = await validContent();
  const file = content.modelFile(id);
  return file ? { file } : { model: await content.model(id) };
}
