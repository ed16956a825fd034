/**
 * The website in a real browser: every plan in content/ plus the test plans (all block
 * types, hostile content), built once with `astro build` and served on 127.0.0.1.
 */
import { existsSync, readFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { walkSections, type DerivedPlan } from '../../src/derive/derive-plan';
import { checkPlans } from '../../src/pipeline';
import { formatProblem } from '../../src/problems';
import { formatPeriod } from '../../src/shared/format-sv';
import { EDITORIAL } from '../../src/shared/words-sv';
import { assembleContent, axeViolations, buildSite, type BuiltSite, FULL_PAGE_SCREENSHOTS, normalizeSpace, pageWalker, ROOT, SCREENSHOT_DIR, startBuiltSite, type StaticServer } from './harness';

let server: StaticServer;
let browser: Browser;
let plans: DerivedPlan[] = [];
const externalRequests: string[] = [];
const pageErrors: string[] = [];

const FOU_JAMT = 'fou-jamt-2020';
const ALL_BLOCKS = 'alla-block';
const HOSTILE = 'fientligt-innehall';

let site: BuiltSite | undefined;

beforeAll(async () => {
  site = await startBuiltSite();
  ({ plans, server, browser } = site);
}, 240_000);

afterAll(async () => {
  await site?.close();
});

/** A page whose requests may only go to the test server; anything else is recorded and blocked. */
async function newGuardedPage(width: number, options: { javaScript?: boolean } = {}): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: { width, height: 900 }, javaScriptEnabled: options.javaScript ?? true });
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(server.url) || url.startsWith('data:')) return route.continue();
    externalRequests.push(url);
    return route.abort();
  });
  const page = await context.newPage();
  const where = () => new URL(page.url()).pathname;
  page.on('pageerror', (error) => pageErrors.push(`${where()}: ${error.message}`));
  page.on('dialog', (dialog) => { pageErrors.push(`${where()}: dialog ${dialog.message()}`); void dialog.dismiss(); });
  return { context, page };
}

/** `pathName` in a guarded page of its own context (close the context after). */
async function openPage(width: number, pathName: string, options: { javaScript?: boolean } = {}): Promise<{ context: BrowserContext; page: Page }> {
  const opened = await newGuardedPage(width, options);
  const response = await opened.page.goto(`${server.url}${pathName}`, { waitUntil: 'load' });
  expect(response?.status(), pathName).toBe(200);
  return opened;
}

/** For the tests that walk every page: one guarded page per width (harness.ts pageWalker). */
const walker = pageWalker(async (width) => (await newGuardedPage(width)).page);
const visit = (width: number, pathName: string) => walker(width, `${server.url}${pathName}`);

/** Every page: home, search, the accessibility statement, each plan's page and each of its follow-ups' pages (issue 21). */
const pagePaths = () => ['/', '/sok/', '/tillganglighet/', ...plans.flatMap((plan) => [`/${plan.id}/`, ...(plan.followUps ?? []).map((followUp) => `/${plan.id}/${followUp.id}/`)])];

/** What the heading and contents tests read from a plan page at 1280 px: one visit per plan for both. */
interface PlanPageReading {
  headings: string[];
  tocOutcomes: { href: string; clickable: boolean; hash: string; landed: boolean }[];
}
const planPages = new Map<string, Promise<PlanPageReading>>();
function readPlanPage(derived: DerivedPlan): Promise<PlanPageReading> {
  if (!planPages.has(derived.id)) planPages.set(derived.id, readPlanPageOnce(derived));
  return planPages.get(derived.id)!;
}
async function readPlanPageOnce(derived: DerivedPlan): Promise<PlanPageReading> {
  const page = await visit(1280, `/${derived.id}/`);
  const headings = (await page.locator('[data-avsnitt]').allInnerTexts()).map(normalizeSpace);
  // Each link is clicked in the page (a click on a same-page link moves to the fragment
  // at once), after checking what a person's click needs: the link is shown and is what
  // lies under the pointer at its centre. One round trip per plan instead of four per link.
  const tocOutcomes = await page.evaluate(() => [...document.querySelectorAll<HTMLAnchorElement>('nav.innehall a')].map((link) => {
    const href = link.getAttribute('href') ?? '';
    link.scrollIntoView({ block: 'center' });
    const box = link.getBoundingClientRect();
    const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
    const clickable = link.checkVisibility() && box.width > 0 && (hit === link || link.contains(hit));
    link.click();
    const id = decodeURIComponent(href.slice(1));
    const top = document.getElementById(id)?.getBoundingClientRect().top ?? -1;
    const atEnd = window.scrollY + window.innerHeight >= document.documentElement.scrollHeight - 2;
    // The heading is at the top of the window, or the page is scrolled to its end.
    const landed = top >= 0 && (top < 120 || (atEnd && top < window.innerHeight));
    return { href, clickable, hash: decodeURIComponent(location.hash), landed };
  }));
  return { headings, tocOutcomes };
}

const shotName = (pathName: string) => (pathName === '/' ? 'startsida' : pathName.replace(/^\/|\/$/g, '').replace(/\//g, '-'));

describe('the built site', () => {
  it('includes the test plans and every plan in content/', () => {
    const ids = plans.map((p) => p.id);
    expect(ids).toContain(ALL_BLOCKS);
    expect(ids).toContain(HOSTILE);
    for (const expected of ['fou-jamt-2020', 'fou-jamt-handlingsplan-ebp', 'fourum-jonkoping-2021-2023', 'fou-fyrbodal-2023', 'fou-nordvast-2021']) {
      if (existsSync(path.join(ROOT, 'content', expected, 'plan.yaml'))) expect(ids).toContain(expected);
    }
  });

  it('lists every plan on the home page with its period and status', async () => {
    const page = await visit(1280, '/');
    for (const { id, plan, front } of plans) {
      const card = page.locator('.plankort', { has: page.locator(`a[href$="/${id}/"]`) });
      expect(await card.count(), id).toBe(1);
      const text = normalizeSpace(await card.innerText());
      expect(text).toContain(String(plan.period.start));
      // A title or period the source does not give is marked editorial in the list too.
      const missing = plan.missingInSource ?? [];
      if (missing.includes('title')) expect(text, id).toContain(EDITORIAL.titleMark);
      else expect(text, id).not.toContain(EDITORIAL.titleMark);
      if (missing.includes('period')) expect(text, id).toContain(EDITORIAL.periodValue(formatPeriod(plan.period)));
      // A plan whose status is not stated says neither (issue 18).
      if (front.statusName) expect(text).toContain(front.statusName);
      else expect(text).not.toMatch(/Fastställd|Utkast/);
    }
    expect(plans.filter(({ plan }) => plan.missingInSource?.length).map(({ id }) => id)).toEqual(expect.arrayContaining(['fou-jamt-handlingsplan-ebp', 'redaktionellt']));
  });

  it('shows every section heading of each plan in source order', async () => {
    for (const derived of plans) {
      const { headings } = await readPlanPage(derived);
      const expectedFile = path.join(ROOT, 'test/expected', `${derived.id}.json`);
      const fromSource = [...walkSections(derived.sections)].map((section) => normalizeSpace(`${section.number ?? ''} ${section.title}`));
      expect(headings, derived.id).toEqual(fromSource);
      if (existsSync(expectedFile)) {
        const expected = JSON.parse(readFileSync(expectedFile, 'utf8')) as { headings?: string[] };
        const titles = headings.map((h) => h.replace(/^[\d.]+\s+/, ''));
        let at = 0;
        for (const heading of expected.headings ?? []) {
          const wanted = normalizeSpace(heading);
          const found = headings.findIndex((h, i) => i >= at && (h === wanted || titles[i] === wanted.replace(/^[\d.]+\s+/, '')));
          expect(found, `${derived.id}: rubriken "${heading}" saknas eller står i fel ordning`).toBeGreaterThanOrEqual(0);
          at = found + 1;
        }
      }
    }
  });

  it('lands every table-of-contents link on its heading', async () => {
    for (const derived of plans.filter((p) => p.plan.toc)) {
      const outcomes = (await readPlanPage(derived)).tocOutcomes;
      expect(outcomes.length, derived.id).toBeGreaterThanOrEqual(derived.toc.length);
      for (const { href, clickable, hash, landed } of outcomes) {
        expect(clickable, `${derived.id} ${href} går att klicka på`).toBe(true);
        expect(hash, derived.id).toBe(decodeURIComponent(href));
        expect(landed, `${derived.id} ${href}`).toBe(true);
      }
    }
  }, 300_000);

  it('reports no axe-core violations on any page, at 360 and 1280 px, and never scrolls sideways at 360 px', async () => {
    for (const pathName of pagePaths()) {
      // Loaded at 360 px and then widened to 1280: no script on these pages depends on the
      // width, so the widened page is laid out as one loaded at 1280, and axe is injected once.
      const page = await visit(360, pathName);
      for (const width of [360, 1280]) {
        if (width !== 360) await page.setViewportSize({ width, height: 900 });
        expect(await axeViolations(page), `${pathName} @ ${width}px`).toEqual([]);
        const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
        expect(scrollWidth, `${pathName} @ ${width}px`).toBeLessThanOrEqual(width);
        await page.screenshot({ path: path.join(SCREENSHOT_DIR, `${shotName(pathName)}-${width}.png`), fullPage: FULL_PAGE_SCREENSHOTS && pathName !== `/${HOSTILE}/` });
      }
    }
  }, 600_000);

  it('computes budget sums, carried-over funds and draws the wheel for the all-blocks plan', async () => {
    const page = await visit(1280, `/${ALL_BLOCKS}/`);
    const row = (label: string) => page.locator('tr', { has: page.locator(`th:text-is("${label}")`) }).first().innerText().then(normalizeSpace);
    expect(await row('Summa kostnader')).toContain('2 900 000');
    expect(await row('Summa intäkter')).toContain('2 900 000');
    const sumOf = (caption: string) => page.locator('table', { has: page.locator('caption', { hasText: caption }) }).locator('tr.summa').innerText().then(normalizeSpace);
    expect(await sumOf('Balanserade medel 200101')).toBe('Summa 881 837');
    expect(await sumOf('Personal')).toBe('Summa 3,0 åa');
    await expectWheel(page, ['24 januari', '11 september', '13 november']);
    expect(await page.locator('abbr[title="regional utvecklingsgrupp"]').count()).toBeGreaterThan(1);
    expect(normalizeSpace(await page.locator('.uppdragstabell').innerText())).toContain('Martin Åberg, Anna Gärdegård');
    expect(await page.locator('.maltabell th[rowspan="2"]').count()).toBe(1);
    expect(await page.locator('.programlogik td[rowspan="2"]').count()).toBe(1);
  });

  it.skipIf(!existsSync(path.join(ROOT, 'content', FOU_JAMT)))('shows FoU Jämt 2020 with budget 3 369 000 on both sides, carried-over 881 837 and the FoU-rådet meetings in its wheel', async () => {
    const page = await visit(1280, `/${FOU_JAMT}/`);
    const text = normalizeSpace(await page.locator('main').innerText());
    expect(text).toMatch(/Summa kostnader 3 369 000/);
    expect(text).toMatch(/Summa intäkter 3 369 000/);
    expect(text).toContain('881 837');
    await expectWheel(page, ['24 januari', '11 september', '13 november']);
  });

  it('finds plans by searching for "Jämtbus" with Pagefind', async () => {
    const page = await visit(1280, '/sok/?q=J%C3%A4mtbus');
    const hits = page.locator('#sok-traffar a');
    await expect.poll(() => hits.count(), { timeout: 15_000 }).toBeGreaterThan(0);
    const hrefs = await hits.evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).pathname));
    expect(hrefs).toContain(`/${ALL_BLOCKS}/`);
    if (plans.some((p) => p.id === FOU_JAMT)) expect(hrefs).toContain(`/${FOU_JAMT}/`);
  });

  it('keeps the contents and the wheel drawing, which repeat the text beside them, out of the search index', async () => {
    const page = await visit(1280, `/${ALL_BLOCKS}/`);
    for (const selector of ['nav.innehall', 'svg.arshjul']) {
      const inIndexedBody = page.locator(`main[data-pagefind-body] ${selector}`);
      expect(await inIndexedBody.count(), selector).toBeGreaterThan(0);
      expect(await inIndexedBody.evaluateAll((nodes) => nodes.every((node) => node.hasAttribute('data-pagefind-ignore'))), selector).toBe(true);
    }
  });

  it('lets a keyboard user reach the skip link and every wheel event, with a visible focus ring', async () => {
    const page = await visit(1280, `/${ALL_BLOCKS}/`);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.className)).toBe('hoppa');
    expect(await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle)).not.toBe('none');
    const events = page.locator('svg.arshjul .handelse');
    const count = await events.count();
    // Every drawn event is focusable. The plan's two events given only as "N times a year"
    // (RUG, Jämtbus) are no longer drawn at invented places but listed under "Under året",
    // so 9 focusable events became 7.
    expect(count).toBe(7);
    expect(normalizeSpace(await page.locator('main').innerText())).toContain('RUG träffas – två gånger under året');
    await events.first().focus();
    for (let i = 1; i < count; i++) await page.keyboard.press('Tab');
    const label = await page.evaluate(() => document.activeElement?.getAttribute('aria-label'));
    expect(label).toMatch(/^\d+\. /);
  });

  it('publishes the model with computed sums as JSON and sends a CSP without unsafe-inline scripts', async () => {
    const page = await visit(1280, `/${ALL_BLOCKS}/`);
    const csp = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
    const scriptSrc = csp?.split(';').find((d) => d.trim().startsWith('script-src')) ?? '';
    expect(scriptSrc).toContain("'self'");
    expect(scriptSrc).not.toContain('unsafe-inline');
    const json = await page.evaluate(async () => (await fetch('plan.json')).json());
    expect(json.title).toBe('Verksamhetsplan för Exempelenheten 2020');
    expect(json.computed.budgets[0]).toMatchObject({ costs: 2_900_000, revenues: 2_900_000, result: 0 });
    expect(json.computed.carriedOverFunds[0].total).toBe(881_837);
    expect(await page.locator('a[href$=".pdf"]').count()).toBe(0);
  });

  it('runs no script from hostile content and keeps it inside the page', async () => {
    const { context, page } = await openPage(360, `/${HOSTILE}/`);
    for (const link of await page.locator('main a').all()) {
      const href = (await link.getAttribute('href')) ?? '';
      expect(href).toMatch(/^(#|https?:|mailto:|\/)/);
    }
    await page.locator('main .ankare').first().click();
    const dom = await page.evaluate(() => {
      const all = [...document.querySelectorAll('*')];
      return {
        pwned: (window as unknown as { __pwned?: string }).__pwned,
        handlers: all.flatMap((el) => [...el.attributes].filter((a) => a.name.toLowerCase().startsWith('on')).map((a) => `${el.tagName} ${a.name}`)),
        scripts: document.querySelectorAll('main script, main iframe, main object, main embed, main form, main style, main foreignObject').length,
        unsafeUrls: all.flatMap((el) => [...el.attributes].filter((a) => /^\s*(javascript|data|vbscript):/i.test(a.value)).map((a) => `${el.tagName} ${a.name}`)),
        rows: document.querySelectorAll('table tbody tr').length,
      };
    });
    expect(dom.pwned).toBeUndefined();
    expect(dom.handlers).toEqual([]);
    expect(dom.scripts).toBe(0);
    expect(dom.unsafeUrls).toEqual([]);
    expect(dom.rows).toBeGreaterThanOrEqual(501);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    // The SVG figure is published cleaned: opened on its own, it runs nothing either.
    const svg = await page.locator('figure img').first().getAttribute('src');
    const svgPage = await context.newPage();
    await svgPage.goto(`${server.url}${svg}`);
    expect(await svgPage.evaluate(() => (window as unknown as { __pwned?: string }).__pwned)).toBeUndefined();
    expect(await svgPage.content()).not.toMatch(/script|onload|onclick|javascript:|evil\.example/i);
    await context.close();
  });

  it('loaded nothing from other hosts and threw no errors in any page', () => {
    expect(externalRequests).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});

async function expectWheel(page: Page, dates: string[]): Promise<void> {
  const months = await page.locator('svg.arshjul .manadsnamn').allTextContents();
  expect(months).toEqual(['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december']);
  const table = normalizeSpace(await page.locator('.hjultabell').first().innerText());
  for (const date of dates) {
    expect(table).toMatch(new RegExp(`FoU-rådet[^.]*${date}|${date}[^\\d]*FoU-rådet`));
    expect(await page.locator(`svg.arshjul .handelse[aria-label*="${date}"]`).count(), date).toBeGreaterThan(0);
  }
}

describe('a plan with errors', () => {
  it('fails the site build with the same file:line:col  path  message lines as npm run check, without a stack trace', async () => {
    const root = await assembleContent(['test/fixtures/invalid/datum-i-fel-format'].map((dir) => path.dirname(dir)));
    // Only the one broken plan: remove the others copied from test/fixtures/invalid.
    const { readdir } = await import('node:fs/promises');
    for (const entry of await readdir(root)) if (entry !== 'datum-i-fel-format') await rm(path.join(root, entry), { recursive: true, force: true });
    const { problems } = await checkPlans(root);
    const errors = problems.filter((p) => p.severity === 'error');
    expect(errors.length).toBeGreaterThan(0);
    const build = await buildSite(root);
    await rm(root, { recursive: true, force: true });
    await rm(build.outDir, { recursive: true, force: true });
    expect(build.code).not.toBe(0);
    for (const problem of errors) expect(build.output).toContain(formatProblem(problem));
    expect(build.output).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
  }, 120_000);
});
