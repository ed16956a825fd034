/**
 * Where the open data files are published (issue 22). A contract: the DCAT catalogue links
 * exactly these paths, so they do not change. See docs/oppna-data.md.
 */
import path from 'node:path';
import { slug } from 'github-slugger';
import type { OpenDataRows } from '../../derive/open-data-rows';

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

