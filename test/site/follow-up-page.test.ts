/**
 * The follow-up pages (issue 21) of the example plan (examples/uppfoljning), built once with
 * `astro build` as the site publishes them (with PDF links), served and opened in Chromium:
 * the page and its charts' accessible names, the table alternatives' numbers, keyboard use,
 * the plan page's links and latest activity statuses, and axe at 360 and 1280 px. Screenshots
 * go to test-output/site/.
 */
import { rm } from 'node:fs/promises';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DerivedPlan } from '../../src/derive/derive-plan';
import type { DerivedFollowUp, FollowUpSection, IndicatorChartPart, StatusBarsPart } from '../../src/derive/follow-up/follow-up-model';
import type { TablePart } from '../../src/derive/presentation';
import { checkPlans } from '../../src/pipeline';
import { FOLLOW_UP_PAGE } from '../../src/shared/words-sv';
import { assembleContent, axeViolations, buildSite, connectChromium, FULL_PAGE_SCREENSHOTS, normalizeSpace, pageWalker, SCREENSHOT_DIR, serveStatic, type StaticServer } from './harness';

let contentRoot: string;
let outDir: string;
let server: StaticServer;
let browser: Browser;
let plan: DerivedPlan;

beforeAll(async () => {
  contentRoot = await assembleContent(['examples/uppfoljning']);
  const build = await buildSite(contentRoot, { PLANVERK_WITH_PDF: '1' });
  outDir = build.outDir;
  if (build.code !== 0) throw new Error(`astro build misslyckades:\n${build.output}`);
  plan = (await checkPlans(contentRoot)).plans[0]!;
  server = await serveStatic(outDir);
  browser = await connectChromium();
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await rm(outDir, { recursive: true, force: true });
  await rm(contentRoot, { recursive: true, force: true });
});

const walker = pageWalker((width) => browser.newPage({ viewport: { width, height: 900 } }));
const open = (width: number, pathName: string): Promise<Page> => walker(width, `${server.url}${pathName}`);

function* walk(sections: readonly FollowUpSection[]): Generator<FollowUpSection> {
  for (const section of sections) { yield section; yield* walk(section.sections); }
}
const partsOf = (followUp: DerivedFollowUp) => [...walk(followUp.sections)].flatMap((s) => s.parts);
const cellTexts = (table: TablePart) => [...table.groups.flatMap((g) => g.rows), ...table.footer].flatMap((row) => row.cells.flatMap((cell) => cell.lines.map((line) => line.text)));
const followUps = () => plan.followUps ?? [];
const pagePath = (followUp: DerivedFollowUp) => `/${plan.id}/${followUp.id}/`;

describe('follow-up pages', () => {
  it('has a page per follow-up with its title, facts, decisions, contents, sections and PDF link', async () => {
    expect(followUps().length).toBeGreaterThanOrEqual(2);
    for (const followUp of followUps()) {
      const page = await open(1280, pagePath(followUp));
      expect(normalizeSpace(await page.locator('h1').innerText())).toBe(followUp.title);
      const header = normalizeSpace(await page.locator('.planhuvud').innerText());
      for (const text of [followUp.planTitle, followUp.organisation, ...followUp.decisions, ...followUp.facts.map((f) => f.value)]) expect(header).toContain(normalizeSpace(text));
      expect(await page.locator('nav.innehall a').count()).toBe(followUp.toc.length);
      for (const section of walk(followUp.sections)) expect(await page.locator(`[id="${section.anchor}"]`).count(), section.anchor).toBe(1);
      expect(await page.locator(`a[href="/${plan.id}/${followUp.id}.pdf"]`).innerText()).toBe(FOLLOW_UP_PAGE.downloadPdf);
      expect(await page.locator(`a[href="/${plan.id}/"]`).count()).toBeGreaterThan(0);
    }
  });

  it('names each chart and each bar with its numbers, and puts the numbers in the table alternative right after it', async () => {
    for (const followUp of followUps()) {
      const page = await open(1280, pagePath(followUp));
      const parts = partsOf(followUp);
      const bars = parts.filter((p): p is StatusBarsPart => p.kind === 'statusBars');
      const indicators = parts.filter((p): p is IndicatorChartPart => p.kind === 'indicatorChart');
      expect(bars.length + indicators.length, followUp.id).toBeGreaterThan(0);
      for (const part of bars) {
        const figure = page.getByRole('figure', { name: part.name, exact: true });
        expect(await figure.count()).toBe(1);
        for (const bar of part.bars) expect(await figure.getByRole('img', { name: bar.summary, exact: true }).count(), bar.summary).toBe(1);
        // The segments carry their counts as text (not colour alone).
        const drawn = normalizeSpace(await figure.locator('.staplar').innerText());
        for (const bar of part.bars) for (const segment of bar.segments) expect(drawn).toContain(String(segment.count));
        const table = normalizeSpace(await figure.locator('details.tabellalternativ table').textContent() ?? '');
        for (const cell of cellTexts(part.table)) expect(table).toContain(normalizeSpace(cell));
      }
      for (const part of indicators) {
        const chart = page.getByRole('img', { name: part.name, exact: true });
        expect(await chart.count(), part.name).toBe(1);
        const figure = page.locator('figure.indikatordiagram', { has: chart });
        expect(normalizeSpace(await figure.locator('.indikator-bedomning').innerText())).toBe(part.verdict);
        const table = normalizeSpace(await figure.locator('details.tabellalternativ table').textContent() ?? '');
        for (const cell of cellTexts(part.table)) expect(table).toContain(normalizeSpace(cell));
        for (const point of [part.baseline, part.target, part.outcome]) if (point) expect(table).toContain(normalizeSpace(point.text));
      }
    }
  });

  it('opens a table alternative from the keyboard', async () => {
    const page = await open(1280, pagePath(followUps()[0]!));
    const summary = page.locator('details.tabellalternativ > summary').first();
    let reached = false;
    for (let i = 0; i < 80 && !reached; i++) {
      await page.keyboard.press('Tab');
      reached = await summary.evaluate((el) => el === document.activeElement);
    }
    expect(reached).toBe(true);
    await page.keyboard.press('Enter');
    expect(await page.locator('details.tabellalternativ').first().evaluate((el) => (el as HTMLDetailsElement).open)).toBe(true);
    expect(await page.locator('details.tabellalternativ').first().locator('table').isVisible()).toBe(true);
  });

  it('lists the follow-ups on the plan page and shows each activity\'s status in the latest one', async () => {
    const page = await open(1280, `/${plan.id}/`);
    const list = page.getByRole('navigation', { name: FOLLOW_UP_PAGE.listHeading });
    for (const followUp of followUps()) expect(await list.getByRole('link', { name: followUp.title, exact: true }).getAttribute('href')).toBe(pagePath(followUp));
    const statuses = Object.values(plan.latestActivityStatus ?? {});
    expect(statuses.length).toBeGreaterThan(0);
    const shown = page.locator('.senaste-status');
    expect(await shown.count()).toBe(statuses.length);
    for (const status of statuses) {
      const item = shown.filter({ hasText: `${FOLLOW_UP_PAGE.latestStatus} ${status.label}` });
      expect(await item.count(), status.label).toBeGreaterThan(0);
      expect(await item.first().locator('a').getAttribute('href')).toBe(`/${plan.id}/${status.followUpId}/`);
    }
  });

  it('reports no axe-core violations at 360 and 1280 px and never scrolls sideways at 360 px', async () => {
    for (const pathName of [`/${plan.id}/`, ...followUps().map(pagePath)]) {
      for (const width of [360, 1280]) {
        const page = await open(width, pathName);
        for (const open of [false, true]) {
          // With the table alternatives closed and open.
          if (open) await page.evaluate(() => document.querySelectorAll('details').forEach((d) => { d.open = true; }));
          expect(await axeViolations(page), `${pathName} @ ${width}px`).toEqual([]);
          expect(await page.evaluate(() => document.documentElement.scrollWidth), `${pathName} @ ${width}px`).toBeLessThanOrEqual(width);
        }
        await page.screenshot({ path: path.join(SCREENSHOT_DIR, `uppfoljning-${pathName.replace(/^\/|\/$/g, '').replace(/\//g, '-')}-${width}.png`), fullPage: FULL_PAGE_SCREENSHOTS });
      }
    }
  }, 300_000);
});
