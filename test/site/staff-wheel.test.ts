/**
 * The läsår fixture (test/fixtures/plans/arshjul-lasar) on the built site: the wheel starts
 * at augusti with juli grey, recurring events are focusable bands, events without a fixed
 * time are listed under "Under året" and not drawn, the list-only wheel has no drawing, the
 * staff table per year has its change column and the second table no sum row, and every
 * activity status is a styled badge. Screenshots at 360 and 1280 px go to test-output/site/.
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Wheel } from '../../schemas';
import { ACTIVITY_STATUS, ACTIVITY_STATUS_NOT_GIVEN, STAFF, WHEEL } from '../../src/shared/words-sv';
import { type BuiltSite, FULL_PAGE_SCREENSHOTS, normalizeSpace, SCREENSHOT_DIR, startBuiltSite } from './harness';

const PLAN = 'arshjul-lasar';

let site: BuiltSite;
let wheel: Wheel;

beforeAll(async () => {
  site = await startBuiltSite();
  const plan = site.plans.find((p) => p.id === PLAN)!;
  expect(plan).toBeDefined();
  wheel = plan.plan.sections[0]!.blocks!.find((block): block is Wheel => block.type === 'wheel')!;
}, 300_000);

afterAll(async () => {
  await site?.close();
});

describe('the läsår fixture on the site', () => {
  it('draws the läsår wheel and lists what it does not draw, at 360 and 1280 px', async () => {
    for (const width of [360, 1280]) {
      const page = await site.walk(width, `/${PLAN}/`);
      // One drawing: the list-only wheel of the second section has none.
      const svg = page.locator('svg.arshjul');
      expect(await svg.count()).toBe(1);
      expect(normalizeSpace(await svg.locator('.hjulets-ar').innerHTML())).toBe('2024/25');
      expect(await svg.locator('.manad-utanfor').count()).toBe(1);
      // Drawn events are focusable; the undated and "N times a year" ones are not drawn.
      const undated = wheel.events.filter((event) => event.undated || event.timesPerYear !== undefined);
      expect(await svg.locator('.handelse').count()).toBe(wheel.events.length - undated.length);
      expect(await svg.locator('.handelse-band').count()).toBe(wheel.events.filter((event) => event.recurs).length);
      const monthly = svg.locator('.handelse-band', { has: page.locator('title', { hasText: 'Varje månad' }) });
      await monthly.focus();
      expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toMatch(/^\d+\. BUN sammanträder, Varje månad/);
      const text = normalizeSpace(await page.locator('main').innerText());
      for (const word of [WHEEL.undated, WHEEL.outsideExplanation('augusti', 'juni'), WHEEL.bandExplanation, 'Händelser i årshjulet verksamhetsåret 2024/25']) expect(text).toContain(word);
      for (const event of undated) expect(await svg.locator(`[aria-label*="${event.title}"]`).count(), event.title).toBe(0);
      expect(await page.locator('ul.under-aret li').count()).toBe(undated.length + 1);
      const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(scrollWidth).toBeLessThanOrEqual(width);
      await page.screenshot({ path: path.join(SCREENSHOT_DIR, `${PLAN}-${width}.png`), fullPage: FULL_PAGE_SCREENSHOTS });
    }
  }, 120_000);

  it('shows staff per year with its change and sums, the second table without a sum row, and every status badge styled', async () => {
    const page = await site.walk(1280, `/${PLAN}/`);
    const staff = page.locator('table.belopp');
    expect(await staff.count()).toBe(2);
    expect((await staff.nth(0).locator('thead th').allInnerTexts()).map(normalizeSpace)).toEqual([STAFF.role, '2023', '2024', '2025', STAFF.change(2024, 2025)]);
    expect(normalizeSpace(await staff.nth(0).locator('tr.summa').innerText())).toBe(`${STAFF.total} 351,75 åa 344,0 åa 340,75 åa −3,25 åa`);
    expect(await staff.nth(1).locator('tr.summa').count()).toBe(0);
    const badges = page.locator('span.status');
    const names = (await badges.allInnerTexts()).map(normalizeSpace);
    // One activity per status, and one without: "Anges inte".
    expect(names).toHaveLength(Object.keys(ACTIVITY_STATUS).length + 1);
    for (const name of [...Object.values(ACTIVITY_STATUS), ACTIVITY_STATUS_NOT_GIVEN.name]) expect(names, name).toContain(name);
    // Each badge has a border and its own colours from the style sheet.
    const styles = await badges.evaluateAll((spans) => spans.map((span) => { const s = getComputedStyle(span); return `${s.color} ${s.backgroundColor} ${s.borderStyle}`; }));
    expect(new Set(styles).size).toBeGreaterThanOrEqual(5);
    await page.locator('#aktiviteter').scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(SCREENSHOT_DIR, `${PLAN}-personal-aktiviteter-1280.png`), fullPage: FULL_PAGE_SCREENSHOTS });
  }, 120_000);
});
