/**
 * The open data files of one plan, beside its page and plan.json (issue 22). The paths are
 * a contract (the DCAT catalogue links them): the three CSV files for every plan, a table
 * without rows as its header row alone; `arshjul.ics` exactly when a wheel has an event
 * placed in time; `kalender/<organisation>.ics` per organisation (combined after the
 * pages, src/build/astro-site/integration.ts).
 */
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { slug } from 'github-slugger';
import { planCalendar } from '../../derive/calendar-events';
import type { DerivedPlan } from '../../derive/derive-plan';
import { openDataRows, type OpenDataRows } from '../../derive/open-data-rows';
import { csvText } from './csv';
import { planCalendarText } from './icalendar';

/** The CSV files, relative to the plan's folder. */
export const CSV_FILES = {
  activities: 'oppna-data/aktiviteter.csv',
  goals: 'oppna-data/mal-och-indikatorer.csv',
  budget: 'oppna-data/budget.csv',
} as const satisfies Record<keyof OpenDataRows, string>;

/** The names the CSV route answers to (`/<plan>/oppna-data/<name>`). */
export const CSV_NAMES = Object.values(CSV_FILES).map((file) => path.posix.basename(file));

export const CALENDAR_FILE = 'arshjul.ics';

/** The organisations' combined feeds, relative to the site root. */
export const CALENDAR_FOLDER = 'kalender';
export const organisationCalendarFile = (organisation: string) => `${CALENDAR_FOLDER}/${slug(organisation)}.ics`;

/** The published JSON Schema of plan.json, relative to the site root (public/). */
export const PLAN_JSON_SCHEMA_FILE = 'schema/plan-json.schema.json';

export interface PlanFile {
  /** Relative to the plan's folder, with `/`. */
  path: string;
  text: string;
}

/** Every open data file of the plan: three CSV files, and the calendar when it has one. */
export function openDataFiles(derived: DerivedPlan): PlanFile[] {
  const rows = openDataRows(derived);
  const files: PlanFile[] = (Object.keys(CSV_FILES) as (keyof OpenDataRows)[]).map((key) => ({ path: CSV_FILES[key], text: csvText(rows[key]) }));
  const calendar = planCalendar(derived);
  if (calendar) files.push({ path: CALENDAR_FILE, text: planCalendarText(calendar) });
  return files;
}

/** The text of one CSV file by its name (`aktiviteter.csv`), for the stand-alone build's route. */
export function csvFileText(derived: DerivedPlan, name: string): string | undefined {
  const rows = openDataRows(derived);
  const key = (Object.keys(CSV_FILES) as (keyof OpenDataRows)[]).find((k) => path.posix.basename(CSV_FILES[k]) === name);
  return key ? csvText(rows[key]) : undefined;
}

/**
 * Writes the files into `<siteDir>/<plan-id>/` (under `npm run build`, with the page). Each
 * file is replaced by rename, never written into: files of the build folder may be hard
 * links to the previous dist/ (src/build/carry-over.ts).
 */
export function writeOpenDataFiles(siteDir: string, derived: DerivedPlan): void {
  for (const file of openDataFiles(derived)) {
    const target = path.join(siteDir, derived.id, ...file.path.split('/'));
    mkdirSync(path.dirname(target), { recursive: true });
    const temp = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.tmp`);
    writeFileSync(temp, file.text);
    renameSync(temp, target);
  }
}
