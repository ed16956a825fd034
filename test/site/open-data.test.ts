/**
 * Open data in the built site (issue 22), from the shared `astro build` of every plan
 * source (test/shared/fixtures.ts): the CSV files of every plan read with csv-parse, the
 * calendars read with ical.js (a maintained RFC 5545 parser), one calendar per
 * organisation, the published JSON Schema and every plan.json valid against it, and the
 * plan page's links to them all.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { planCalendar } from '../../src/derive/calendar-events';
import type { DerivedPlan } from '../../src/derive/derive-plan';
import { openDataRows } from '../../src/derive/open-data-rows';
import { checkPlans } from '../../src/pipeline';
import { OPEN_DATA } from '../../src/shared/words-sv';
import { csvText } from '../../src/site/open-data/csv';
import { CALENDAR_FILE, CSV_FILES, organisationCalendarFile, PLAN_JSON_SCHEMA_FILE } from '../../src/site/open-data/paths';
import { planJsonValidator } from '../shared/plan-json-validator';
import { type BuiltSite, SCREENSHOT_DIR, startBuiltSite } from './harness';
import { sharedFixture } from '../shared/shared-fixture';

let outDir: string;
let plans: DerivedPlan[];

beforeAll(async () => {
  const fixture = await sharedFixture('site');
  outDir = fixture.outDir;
  plans = (await checkPlans(fixture.contentRoot)).plans;
}, 600_000);

const read = (...parts: string[]) => readFileSync(path.join(outDir, ...parts), 'utf8');
const readCsv = (text: string): string[][] => parse(text, { bom: true, delimiter: ';' });
const calendarOf = (text: string) => new ICAL.Component(ICAL.parse(text));
const eventsOf = (text: string) => calendarOf(text).getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));

describe('open data files in the built site', () => {
  it('every plan has its three CSV files, UTF-8 with BOM, read back by csv-parse as the derived rows', () => {
    expect(plans.length).toBeGreaterThanOrEqual(12);
    for (const plan of plans) {
      const rows = openDataRows(plan);
      for (const key of Object.keys(CSV_FILES) as (keyof typeof CSV_FILES)[]) {
        const file = path.join(outDir, plan.id, ...CSV_FILES[key].split('/'));
        expect(existsSync(file), file).toBe(true);
        const bytes = readFileSync(file);
        expect([...bytes.subarray(0, 3)], file).toEqual([0xef, 0xbb, 0xbf]);
        const text = bytes.toString('utf8');
        expect(text, file).toBe(csvText(rows[key]));
        const records = readCsv(text);
        expect(records[0], file).toEqual([...rows[key].columns]);
        expect(records.slice(1), file).toEqual(rows[key].rows);
      }
    }
    // The content plans have rows, not only headers.
    expect(readCsv(read('fou-jamt-2020', 'oppna-data', 'budget.csv')).length).toBeGreaterThan(5);
    expect(readCsv(read('malstyrning', 'oppna-data', 'mal-och-indikatorer.csv')).length).toBeGreaterThan(5);
  });

  it('arshjul.ics exactly for the plans whose wheels have an event placed in time; it parses with ical.js', () => {
    const withCalendar = plans.filter((plan) => planCalendar(plan));
    expect(withCalendar.map((p) => p.id)).toEqual(expect.arrayContaining(['fou-jamt-2020', 'arshjul-lasar']));
    for (const plan of plans) {
      const file = path.join(outDir, plan.id, CALENDAR_FILE);
      const calendar = planCalendar(plan);
      expect(existsSync(file), file).toBe(calendar !== undefined);
      if (!calendar) continue;
      const text = readFileSync(file, 'utf8');
      const component = calendarOf(text);
      expect(component.getFirstPropertyValue('x-wr-calname')).toBe(OPEN_DATA.calendarName(plan.plan.title));
      const events = eventsOf(text);
      expect(events.map((e) => e.uid)).toEqual(calendar.events.map((e) => e.uid));
      for (const event of events) expect(event.startDate.isDate, `${plan.id}: ${event.summary}`).toBe(true);
    }
  });

  it('a läsår wheel: dated events as DTSTART;VALUE=DATE, recurring ones with RRULE, undated left out and said so', () => {
    const text = read('arshjul-lasar', CALENDAR_FILE);
    const events = eventsOf(text);
    const byTitle = (title: string) => events.find((e) => e.summary === title)!;
    expect(text).toContain('\r\nDTSTART;VALUE=DATE:20240819\r\n');
    expect(byTitle('Skolstart för eleverna').startDate.toString()).toBe('2024-08-19');
    expect(byTitle('Skolstart för eleverna').isRecurring()).toBe(false);
    const monthly = byTitle('BUN sammanträder');
    expect(monthly.isRecurring()).toBe(true);
    expect(String(monthly.component.getFirstPropertyValue('rrule'))).toBe('FREQ=MONTHLY;UNTIL=20250630');
    expect(byTitle('Tertialrapport till BUN').isRecurring()).toBe(true);
    const derived = plans.find((p) => p.id === 'arshjul-lasar')!;
    const calendar = planCalendar(derived)!;
    expect(calendar.undated).toBeGreaterThan(0);
    expect(events.some((e) => e.summary === 'Internkontroll')).toBe(false);
    expect(calendarOf(text).getFirstPropertyValue('x-wr-caldesc')).toContain(String(calendar.undated));
  });

  it('one calendar per organisation with every event of its plans\' calendars', () => {
    const byOrganisation = new Map<string, DerivedPlan[]>();
    for (const plan of plans.filter((p) => planCalendar(p))) {
      const file = organisationCalendarFile(plan.plan.organisation.name);
      byOrganisation.set(file, [...(byOrganisation.get(file) ?? []), plan]);
    }
    expect(byOrganisation.size).toBeGreaterThan(0);
    for (const [file, members] of byOrganisation) {
      const text = read(...file.split('/'));
      const uids = eventsOf(text).map((e) => e.uid).sort();
      expect(uids, file).toEqual(members.flatMap((p) => planCalendar(p)!.events.map((e) => e.uid)).sort());
      expect(calendarOf(text).getFirstPropertyValue('x-wr-calname')).toBe(OPEN_DATA.organisationCalendarName(members[0]!.plan.organisation.name));
    }
    // No feed for an organisation without any calendar.
    expect(readdirSync(path.join(outDir, 'kalender')).sort()).toEqual([...byOrganisation.keys()].map((f) => path.basename(f)).sort());
    // github-slugger keeps Swedish letters: "FoU Jämt" → fou-jämt.
    expect(existsSync(path.join(outDir, 'kalender', 'fou-jämt.ics'))).toBe(true);
  });

  it('publishes the JSON Schema, and every built plan.json validates against it', () => {
    const schema = JSON.parse(read(...PLAN_JSON_SCHEMA_FILE.split('/'))) as { title: string };
    expect(schema.title).toBe('planverk: plan.json');
    const validate = planJsonValidator();
    for (const plan of plans) {
      const ok = validate(JSON.parse(read(plan.id, 'plan.json')));
      expect(ok ? [] : validate.errors, plan.id).toEqual([]);
    }
  });

  it('the plan page links the files: "Öppna data", and "Prenumerera på årshjulet" under the wheel when there is a calendar', () => {
    for (const plan of plans) {
      const html = read(plan.id, 'index.html');
      const hrefs = [...html.matchAll(/<nav class="oppnadata"[\s\S]*?<\/nav>/g)].flatMap((m) => [...m[0].matchAll(/href="([^"]+)"/g)].map((h) => h[1]!));
      const expected = [...Object.values(CSV_FILES).map((f) => `/${plan.id}/${f}`), `/${plan.id}/plan.json`, `/${PLAN_JSON_SCHEMA_FILE}`];
      if (planCalendar(plan)) expected.push(`/${plan.id}/${CALENDAR_FILE}`);
      expect(hrefs, plan.id).toEqual(expected);
      for (const href of hrefs) expect(existsSync(path.join(outDir, ...href.split('/'))), href).toBe(true);
      const subscribe = html.includes(`<p class="prenumerera"><a href="/${plan.id}/${CALENDAR_FILE}"`);
      expect(subscribe, plan.id).toBe(planCalendar(plan) !== undefined);
    }
  });
});

describe('the open data links in a browser', () => {
  let site: BuiltSite;
  beforeAll(async () => { site = await startBuiltSite(); }, 600_000);
  afterAll(async () => { await site?.close(); });

  // axe on these pages: site.test.ts checks every page of this same build at 360 and 1280 px.
  it('are visible and lead to the files at 360 and 1280 px', async () => {
    for (const id of ['arshjul-lasar', 'fou-jamt-2020', 'beslut']) {
      for (const width of [360, 1280]) {
        const page = await site.walk(width, `/${id}/`);
        const nav = page.getByRole('navigation', { name: OPEN_DATA.heading });
        await expect(nav.isVisible()).resolves.toBe(true);
        await expect(nav.getByRole('link', { name: OPEN_DATA.activitiesLink }).isVisible()).resolves.toBe(true);
        const subscribe = page.locator('.hjulblock').getByRole('link', { name: OPEN_DATA.subscribe });
        const hasCalendar = planCalendar(plans.find((p) => p.id === id)!) !== undefined;
        expect(await subscribe.count(), id).toBe(hasCalendar ? await page.locator('.hjulblock').count() : 0);
        if (hasCalendar) {
          const href = await subscribe.first().getAttribute('href');
          const answer = await page.evaluate(async (url) => { const r = await fetch(url!); return { status: r.status, text: await r.text() }; }, href);
          expect(answer.status).toBe(200);
          expect(answer.text.startsWith('BEGIN:VCALENDAR')).toBe(true);
        }
        await nav.screenshot({ path: path.join(SCREENSHOT_DIR, `oppna-data-${id}-${width}.png`) });
        if (hasCalendar) await page.locator('.prenumerera').first().screenshot({ path: path.join(SCREENSHOT_DIR, `prenumerera-${id}-${width}.png`) });
        await page.screenshot({ path: path.join(SCREENSHOT_DIR, `oppna-data-sida-${id}-${width}.png`) });
      }
    }
  }, 300_000);
});
