/**
 * Plan pages and plan.json files for the Astro routes, rendered in Astro's own thread when
 * Astro asks for them.
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
import { keepPageFileFailure, loadSitePlan, parentManifest, searchIndexing } from './site-plans';

/** True when plan.json is written with the pages (`npm run build`), not by its Astro route. */
export function planJsonWithPages(): boolean {
  return parentManifest() !== undefined;
}

/**
 * One plan's page; under `npm run build` also writes its plan.json and open data files
 * (CSV, calendar: src/site/open-data/files.ts) into the build's site folder. A model that cannot be read fails with a Swedish message naming the plan.
 */
export async function planPageBody(id: string, links: SiteLinks): Promise<PlanPage> {
  // Loaded on first use: the Astro integration imports this module, and the renderer
  // (unified, hono …) would otherwise slow every start of Astro.
  const { planPage } = await import('../../site/plan-page/plan-body');
  searchIndexing()?.pageStarting(id);
  let derived;
  try {
    derived = await loadSitePlan(id);
  } catch (error) {
    throw new Error(`planverk: sidan för planen "${id}" kunde inte byggas: ${error instanceof Error ? error.message : String(error)}`);
  }
  const manifest = parentManifest();
  if (manifest?.siteDir) {
    try { writePlanFiles(manifest.siteDir, derived); } catch (error) { keepPageFileFailure(error); }
  }
  return planPage(derived, links, { lastChanged: manifest?.lastChanged?.[id] });
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
