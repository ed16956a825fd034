/**
 * The open data files of one plan, beside its page and plan.json (issue 22). The paths are
 * a contract (the DCAT catalogue links them): the three CSV files for every plan, a table
 * without rows as its header row alone; `arshjul.ics` exactly when a wheel has an event
 * placed in time; `kalender/<organisation>.ics` per organisation (combined after the
 * pages, src/build/astro-site/integration.ts).
 */
import path from 'node:path';
import { planCalendar } from '../../derive/calendar-events';
import type { DerivedPlan } from '../../derive/derive-plan';
import { openDataRows, type OpenDataRows } from '../../derive/open-data-rows';
import { csvText } from './csv';
import { planCalendarText } from './icalendar';
import { CALENDAR_FILE, CSV_FILES } from './paths';

export { CALENDAR_FILE, CALENDAR_FOLDER, CSV_FILES, CSV_NAMES, organisationCalendarFile, PLAN_JSON_SCHEMA_FILE } from './paths';

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
