/**
 * The site's internal addresses, computed from the base path without Vite's
 * `import.meta.env`: plan pages are also rendered in worker threads (body-pool.ts).
 */
import { CALENDAR_FILE, CSV_FILES, PLAN_JSON_SCHEMA_FILE } from '../open-data/paths';

export interface SiteLinks {
  /** The configured base path, "/" or e.g. "/planverk/". */
  base: string;
  /** Whether the build publishes each plan's PDF beside its page. */
  withPdf: boolean;
}

export function underBase(base: string, relative = ''): string {
  const root = base.endsWith('/') ? base : `${base}/`;
  return `${root}${relative.replace(/^\//, '')}`;
}

export interface PlanLinks {
  home: string;
  json: string;
  /** Absent when the build writes no PDF: the page never links to a missing file. */
  pdf?: string;
  /** A figure image by its published name (`<hash>.png`, see PublishedImage), never an author's path. */
  image: (name: string) => string;
  /** The open data files beside the page (src/site/open-data/files.ts). */
  csv: Record<keyof typeof CSV_FILES, string>;
  /** The plan's wheel as a calendar; absent when the plan writes none (no wheel event placed in time). */
  calendar?: string;
  /** The JSON Schema of plan.json. */
  schema: string;
  /** The page of one of the plan's follow-ups (issue 21). */
  followUp: (followUpId: string) => string;
  /** The PDF of one of the plan's follow-ups; absent when the build writes no PDF. */
  followUpPdf?: (followUpId: string) => string;
}

/** The plan page's own address. */
export const planPageLink = (links: SiteLinks, planId: string) => underBase(links.base, `${planId}/`);

export function planLinks(links: SiteLinks, planId: string, options: { calendar?: boolean } = {}): PlanLinks {
  const inPlan = (file: string) => underBase(links.base, `${planId}/${file}`);
  return {
    home: underBase(links.base),
    json: underBase(links.base, `${planId}/plan.json`),
    pdf: links.withPdf ? underBase(links.base, `${planId}/${planId}.pdf`) : undefined,
    image: (name) => underBase(links.base, `${planId}/bilder/${name}`),
    csv: { activities: inPlan(CSV_FILES.activities), goals: inPlan(CSV_FILES.goals), budget: inPlan(CSV_FILES.budget) },
    calendar: options.calendar ? inPlan(CALENDAR_FILE) : undefined,
    schema: underBase(links.base, PLAN_JSON_SCHEMA_FILE),
    followUp: (followUpId) => underBase(links.base, `${planId}/${followUpId}/`),
    followUpPdf: links.withPdf ? (followUpId) => underBase(links.base, `${planId}/${followUpId}.pdf`) : undefined,
  };
}
