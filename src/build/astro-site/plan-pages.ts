/**
 * Plan pages and plan.json files for the Astro routes: under `npm run build` made ahead in a
 * worker thread (./pages-ahead.ts), otherwise in Astro's own thread when Astro asks for them.
 *
 * Under `npm run build` plan.json and the open data files are no routes at all: the page
 * route writes them beside the page from the same model, so each model file is read once
 * instead of several times and Astro has fewer routes to write (docs/prestanda.md).
 */
import { planCalendar } from '../../derive/calendar-events';
import { csvFileText } from '../../site/open-data/files';
import { planCalendarText } from '../../site/open-data/icalendar';
import { planJsonText } from '../../site/plan-json';
import { writePlanFiles } from '../../site/write-plan-files';
import type { SiteLinks } from '../../site/plan-page/links';
import type { PlanPage } from '../../site/plan-page/plan-body';
import { pagesAhead, type AheadTask, type PagesAhead } from './pages-ahead';
import { keepPageFileFailure, loadRenderedPlans, loadSitePlan, parentManifest, searchIndexing, sitePlanSource } from './site-plans';

/** True when plan.json is written with the pages (`npm run build`), not by its Astro route. */
export function planJsonWithPages(): boolean {
  return parentManifest() !== undefined;
}

/**
 * One plan's page; under `npm run build` also writes its plan.json and open data files
 * (CSV, calendar: src/site/open-data/files.ts) into the build's site folder. A model that cannot be read fails with a Swedish message naming the plan.
 */
export async function planPageBody(id: string, links: SiteLinks): Promise<PlanPage> {
  const cannotBuild = (error: unknown) => new Error(`planverk: sidan för planen "${id}" kunde inte byggas: ${error instanceof Error ? error.message : String(error)}`);
  const ahead = await pagesAheadOfAstro(links);
  searchIndexing()?.pageStarting(id);
  if (ahead) {
    let made;
    try { made = await ahead.take(id); } catch (error) { throw cannotBuild(error); }
    if (made.error !== undefined || !made.page) throw cannotBuild(made.error);
    if (made.fileFailure) keepPageFileFailure(Object.assign(new Error(made.fileFailure.message), { code: made.fileFailure.code }));
    return made.page;
  }
  // Loaded on first use: the Astro integration imports this module, and the renderer
  // (unified, hono …) would otherwise slow every start of Astro.
  const { planPage } = await import('../../site/plan-page/plan-body');
  let derived;
  try {
    derived = await loadSitePlan(id);
  } catch (error) {
    throw cannotBuild(error);
  }
  const manifest = parentManifest();
  if (manifest?.siteDir) {
    try { writePlanFiles(manifest.siteDir, derived); } catch (error) { keepPageFileFailure(error); }
  }
  return planPage(derived, links, { lastChanged: manifest?.lastChanged?.[id] });
}

/**
 * From this many pages on, they are made ahead of Astro in a worker thread. Starting the
 * worker (a second copy of the renderer to load) cost an incremental build of one page
 * about 0,5 s; at 1000 pages the worker saved about 2 s, some 2 ms a page, so it pays from
 * roughly 250 pages (docs/prestanda.md, "Plansidorna görs i förväg i en arbetstråd").
 */
const PAGES_AHEAD_FROM = 250;
/** PLANVERK_PAGES_AHEAD_FROM lowers it (tests take the worker's way with a few plans). */
const pagesAheadFrom = () => Number(process.env.PLANVERK_PAGES_AHEAD_FROM) || PAGES_AHEAD_FROM;

/**
 * Under `npm run build` (the page worker compiled, PLANVERK_PAGE_WORKER) and with at least
 * PAGES_AHEAD_FROM pages, the pages made in a worker thread ahead of Astro
 * (./pages-ahead.ts); undefined elsewhere (a stand-alone build, the dev server, an
 * incremental build of a few plans) or when a plan's model is not in the model cache.
 */
function pagesAheadOfAstro(links: SiteLinks): Promise<PagesAhead | undefined> {
  const workerFile = process.env.PLANVERK_PAGE_WORKER;
  const manifest = parentManifest();
  if (!workerFile || !manifest?.siteDir) return Promise.resolve(undefined);
  return pagesAhead(workerFile, async () => {
    const plans = await loadRenderedPlans();
    if (plans.length < pagesAheadFrom()) return undefined;
    const tasks: AheadTask[] = [];
    for (const plan of plans) {
      const source = await sitePlanSource(plan.id);
      if (!('file' in source)) return undefined;
      tasks.push({ id: plan.id, file: source.file, lastChanged: manifest.lastChanged?.[plan.id] });
    }
    return { tasks, siteDir: manifest.siteDir, links };
  });
}

/** A follow-up's page (issue 21), from its plan's model; a missing follow-up fails with a Swedish message. */
export async function followUpPageBody(planId: string, followUpId: string, links: SiteLinks): Promise<PlanPage> {
  const { followUpPage } = await import('../../site/follow-up/follow-up-body');
  let derived;
  try {
    derived = await loadSitePlan(planId);
  } catch (error) {
    throw new Error(`planverk: uppföljningen "${followUpId}" för planen "${planId}" kunde inte byggas: ${error instanceof Error ? error.message : String(error)}`);
  }
  const followUp = derived.followUps?.find((f) => f.id === followUpId);
  if (!followUp) throw new Error(`planverk: planen "${planId}" har ingen uppföljning "${followUpId}".`);
  return followUpPage(derived, followUp, links);
}

export async function planJsonBody(id: string): Promise<string> {
  return planJsonText(await loadSitePlan(id));
}

/** A CSV file of the plan by name (stand-alone build and dev server; under `npm run build` written with the page). */
export async function planCsvBody(id: string, name: string): Promise<string> {
  const text = csvFileText(await loadSitePlan(id), name);
  if (text === undefined) throw new Error(`planverk: planen "${id}" har ingen fil ${name}.`);
  return text;
}

/** The plan's calendar, or undefined when no wheel has an event placed in time. */
export async function planCalendarBody(id: string): Promise<string | undefined> {
  const calendar = planCalendar(await loadSitePlan(id));
  return calendar ? planCalendarText(calendar) : undefined;
}
