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
/** Longest file name part in UTF-8 bytes: file systems allow 255 per name. */
const MAX_SLUG_BYTES = 200;

/**
 * `kalender/<slug>.ics`, the slug by github-slugger ("FoU Jämt" → "fou-jämt"). Import this
 * rather than slugging again: a name without letters or digits gets "organisation", and a
 * slug longer than a file name may be is cut (both far from any real organisation's name).
 */
export function organisationCalendarFile(organisation: string): string {
  let name = slug(organisation);
  while (Buffer.byteLength(name, 'utf8') > MAX_SLUG_BYTES) name = [...name].slice(0, -1).join('');
  name = name.replace(/-+$/, '');
  return `${CALENDAR_FOLDER}/${name || 'organisation'}.ics`;
}

/** The published JSON Schema of plan.json, relative to the site root (public/). */
export const PLAN_JSON_SCHEMA_FILE = 'schema/plan-json.schema.json';

