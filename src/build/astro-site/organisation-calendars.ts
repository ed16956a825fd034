/**
 * One calendar per organisation (issue 22): `kalender/<organisation-slug>.ics` holds the
 * events of every `arshjul.ics` of the organisation's plans. Written after the pages from
 * the plans' own files (under an incremental build the unchanged plans' files are kept
 * from the previous build), so no plan's model is read again and the result is the same
 * as a full build's. An organisation none of whose plans has a calendar gets no file.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { CALENDAR_FILE, organisationCalendarFile } from '../../site/open-data/files';
import { combineCalendars } from '../../site/open-data/icalendar';
import { writeFileAtomic } from '../../shared/write-atomic';
import { OPEN_DATA } from '../../shared/words-sv';

export interface CalendarPlan {
  id: string;
  organisation: string;
}

/**
 * Writes the combined feeds into `siteDir`; returns the files written (relative, sorted).
 * The plans' files are read synchronously: one read per plan in a loop costs a fraction of
 * fs/promises' trips to the thread pool (docs/prestanda.md, "Planernas filer").
 */
export async function writeOrganisationCalendars(siteDir: string, plans: readonly CalendarPlan[]): Promise<string[]> {
  const byOrganisation = new Map<string, { name: string; texts: string[] }>();
  for (const plan of plans) {
    let text: string;
    try {
      text = readFileSync(path.join(siteDir, plan.id, CALENDAR_FILE), 'utf8');
    } catch (error) {
      // A plan without dated events in its wheel has no calendar.
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') continue;
      throw error;
    }
    const key = organisationCalendarFile(plan.organisation);
    const entry = byOrganisation.get(key) ?? { name: plan.organisation, texts: [] };
    entry.texts.push(text);
    byOrganisation.set(key, entry);
  }
  const written: string[] = [];
  for (const { name, texts } of byOrganisation.values()) {
    const relative = organisationCalendarFile(name);
    const text = combineCalendars(texts, OPEN_DATA.organisationCalendarName(name), (undated) => OPEN_DATA.organisationCalendarDescription(name, texts.length, undated));
    await writeFileAtomic(path.join(siteDir, ...relative.split('/')), text);
    written.push(relative);
  }
  return written.sort();
}
