/**
 * The reader's site (issue 20): search hits that lead to their section, with filters; prose
 * at a readable measure beside a table of contents; copyable heading anchors; tables that
 * say when they scroll; a home page that stays usable with many plans; and axe at 0
 * violations on the search page with hits and on the dev server's error page, at 360 and
 * 1280 px. The site is the shared build of every plan source (harness.ts).
 */
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { walkSections, type DerivedPlan } from '../../src/derive/derive-plan';
import { checkPlans } from '../../src/pipeline';
import { devErrorPage } from '../../src/site/dev-error-page';
import { periodYears } from '../../src/site/plan-page/plan-body';
import { HOME_PAGE, SEARCH_PAGE } from '../../src/shared/words-sv';
import { axeViolations, type BuiltSite, FULL_PAGE_SCREENSHOTS, normalizeSpace, ROOT, SCREENSHOT_DIR, startBuiltSite } from './harness';

let site: BuiltSite;
let plans: DerivedPlan[] = [];

beforeAll(async () => {
  site = await startBuiltSite();
  plans = site.plans;
}, 240_000);

afterAll(async () => {
  await site?.close();
});

const ALL_BLOCKS = 'alla-block';
const planById = (id: string) => plans.find((p) => p.id === id)!;

/** The search page's status once a search has finished ("… träffar …", "… planer."). */
async function searched(page: Page): Promise<string> {
  // Before the script has run the status holds the <noscript> text, which names "planer" too.
  const status = async () => { const text = (await page.locator('#sok-status').textContent()) ?? ''; return text.includes('JavaScript') ? '' : text; };
  await expect.poll(status, { timeout: 20_000 }).toMatch(/träff|plan/);
  return (await page.locator('#sok-status').textContent()) ?? '';
}

const hitLinks = (page: Page) => page.locator('#sok-traffar a').evaluateAll((links) => links.map((a) => ({
  path: (a as HTMLAnchorElement).pathname, hash: decodeURIComponent((a as HTMLAnchorElement).hash.slice(1)), text: a.textContent ?? '',
})));

describe('search', () => {
  it('has one search box on the search page, and its hits link to the section where the word stands, titled "Plan – Avsnitt"', async () => {
    const page = await site.walk(1280, '/sok/?q=J%C3%A4mtbus');
    expect(await page.locator('input[type="search"]').count()).toBe(1);
    await searched(page);
    const links = await hitLinks(page);
    const toSections = links.filter((link) => link.hash !== '');
    expect(toSections.length, JSON.stringify(links)).toBeGreaterThan(0);
    // Every anchor is a heading of the plan's page, and the title names plan and heading.
    for (const link of toSections) {
      const id = link.path.replace(/\//g, '');
      const derived = planById(id);
      const section = [...walkSections(derived.sections)].find((s) => s.anchor === link.hash);
      const heading = section ? normalizeSpace(`${section.number ?? ''} ${section.title}`) : undefined;
      expect(heading, `${link.path}#${link.hash}`).toBeDefined();
      expect(normalizeSpace(link.text)).toBe(normalizeSpace(SEARCH_PAGE.resultTitle(derived.plan.title, heading)));
    }
    // The section found for the plan that holds the word in its text really holds it.
    const own = toSections.find((link) => link.path === `/${ALL_BLOCKS}/`)!;
    expect(own).toBeDefined();
    const target = await site.browser.newPage();
    await target.goto(`${site.server.url}${own.path}#${encodeURIComponent(own.hash)}`);
    const sectionText = await target.evaluate((id) => document.getElementById(id)?.closest('section')?.textContent ?? '', own.hash);
    expect(sectionText).toMatch(/Jämtbus/i);
    // Excerpts carry no page chrome: no heading anchors, no download links, no column headings run together.
    const excerpts = await page.locator('#sok-traffar .utdrag').allTextContents();
    for (const excerpt of excerpts) expect(excerpt).not.toMatch(/#|Ladda ner|Planens data som JSON|Alla planer/);
    await target.close();
  });

  it('narrows the hits by organisation, year and kind (Pagefind filters), with or without search words', async () => {
    const page = await site.walk(1280, '/sok/?q=plan');
    await searched(page);
    const unfiltered = new Set((await hitLinks(page)).map((l) => l.path));
    const organisation = 'FoU Jämt';
    const expected = plans.filter((p) => p.plan.organisation.name === organisation).map((p) => `/${p.id}/`).sort();
    expect(expected.length).toBeGreaterThan(1);
    await page.selectOption('#filter-organisation', organisation);
    await expect.poll(async () => [...new Set((await hitLinks(page)).map((l) => l.path))].sort(), { timeout: 20_000 }).toEqual(expected.filter((p) => unfiltered.has(p)));
    expect(unfiltered.size).toBeGreaterThan(expected.length);
    // The choice is in the address, so a filtered search can be linked to.
    expect(new URL(page.url()).searchParams.get('organisation')).toBe(organisation);

    // Without search words a filter lists every plan it matches.
    const year = 2021;
    const byYear = { page: await site.walk(360, `/sok/?ar=${year}`) };
    await searched(byYear.page);
    const covering = plans.filter((p) => periodYears(p.plan.period).includes(year)).map((p) => `/${p.id}/`).sort();
    expect(covering.length).toBeGreaterThan(0);
    expect([...new Set((await hitLinks(byYear.page)).map((l) => l.path))].sort()).toEqual(covering);
    expect(await byYear.page.locator('#filter-ar').inputValue()).toBe(String(year));
    const kinds = await byYear.page.locator('#filter-typ option').allTextContents();
    expect(kinds).toEqual(expect.arrayContaining([SEARCH_PAGE.filterAll, 'Verksamhetsplan', 'Handlingsplan']));
  });

  it('reports no axe violations on the search page with hits and filters, at 360 and 1280 px', async () => {
    for (const width of [360, 1280]) {
      const page = await site.walk(width, '/sok/?q=m%C3%A5l&typ=Verksamhetsplan');
      await searched(page);
      expect(await page.locator('#sok-traffar li').count()).toBeGreaterThan(0);
      expect(await axeViolations(page), `sok @ ${width}`).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      await page.screenshot({ path: path.join(SCREENSHOT_DIR, `sok-traffar-${width}.png`), fullPage: FULL_PAGE_SCREENSHOTS });
    }
  });
});

describe('reading a plan', () => {
  it('keeps prose to about 70 characters a line while tables use the full width, with the contents beside the text on a wide screen', async () => {
    const page = await site.walk(1280, `/${ALL_BLOCKS}/`);
    const measure = await page.evaluate(() => {
      /** Width of 70 characters in an element's own font. */
      const ch70 = (element: Element) => {
        const probe = document.createElement('span');
        probe.style.display = 'inline-block';
        probe.style.width = '70ch';
        element.append(probe);
        const width = probe.getBoundingClientRect().width;
        probe.remove();
        return width;
      };
      const paragraphs = [...document.querySelectorAll('.plantext p:not(:is(.tabell, .hjulforklaring, figure) p)')];
      const widest = (selector: string) => Math.max(...[...document.querySelectorAll(selector)].map((el) => el.getBoundingClientRect().width));
      return {
        tooWide: paragraphs.filter((p) => p.getBoundingClientRect().width > ch70(p) + 1).map((p) => p.outerHTML.slice(0, 80)),
        paragraphs: paragraphs.length,
        ch70: ch70(paragraphs[0]!),
        frame: widest('.plantext .tabellram'),
        text: document.querySelector('.plantext')!.getBoundingClientRect().width,
      };
    });
    expect(measure.paragraphs).toBeGreaterThan(5);
    expect(measure.tooWide).toEqual([]);
    expect(measure.frame).toBeGreaterThan(measure.ch70 + 50);
    expect(Math.abs(measure.frame - measure.text)).toBeLessThan(2);
    // The contents: a sticky column left of the text.
    const toc = (await page.locator('nav.innehall').boundingBox())!;
    const text = (await page.locator('.plantext').boundingBox())!;
    expect(toc.x + toc.width).toBeLessThanOrEqual(text.x);
    expect(await page.locator('nav.innehall details').evaluate((el) => getComputedStyle(el).position)).toBe('sticky');
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight / 2));
    const tocTop = await page.locator('nav.innehall details').evaluate((el) => el.getBoundingClientRect().top);
    expect(tocTop).toBeGreaterThanOrEqual(0);
    expect(tocTop).toBeLessThan(100);

    // On a phone the contents come first, folded.
    const phone = { page: await site.walk(360, `/${ALL_BLOCKS}/`) };
    expect(await phone.page.locator('nav.innehall details').evaluate((el) => (el as HTMLDetailsElement).open)).toBe(false);
    const phoneToc = (await phone.page.locator('nav.innehall').boundingBox())!;
    const phoneText = (await phone.page.locator('.plantext').boundingBox())!;
    expect(phoneToc.y + phoneToc.height).toBeLessThanOrEqual(phoneText.y);
  });

  it('gives every heading a link to copy, named "Länk till avsnittet …" and shown on focus', async () => {
    const page = await site.walk(1280, `/${ALL_BLOCKS}/`);
    const headings = await page.locator('[data-avsnitt]').evaluateAll((nodes) => nodes.map((h) => {
      const link = h.parentElement?.querySelector('a.ankare');
      return { id: h.id, href: link?.getAttribute('href'), label: link?.getAttribute('aria-label') ?? '' };
    }));
    const derived = planById(ALL_BLOCKS);
    expect(headings.length).toBe([...walkSections(derived.sections)].length);
    for (const heading of headings) {
      expect(heading.href).toBe(`#${heading.id}`);
      expect(heading.label).toMatch(/^Länk till avsnittet \S/);
    }
    const anchor = page.locator('a.ankare').first();
    expect(await anchor.evaluate((el) => getComputedStyle(el).opacity)).toBe('0');
    await anchor.focus();
    await expect.poll(() => anchor.evaluate((el) => getComputedStyle(el).opacity)).toBe('1');
  });

  it('shows a hint above a table only while the table is wider than its frame', async () => {
    let scrolling = 0;
    for (const width of [360, 1280]) {
      const page = await site.walk(width, `/${ALL_BLOCKS}/`);
      const measure = () => page.locator('.tabellram').evaluateAll((nodes) => nodes.map((frame) => ({
        scrolls: frame.scrollWidth > frame.clientWidth + 1,
        hint: getComputedStyle(frame.querySelector(':scope > .tabelltips')!).display !== 'none',
      })));
      // A scroll-state query is evaluated once per frame after layout: when the web fonts
      // arrive and a table stops (or starts) overflowing, the hint follows a frame later.
      await page.evaluate(() => document.fonts.ready);
      await expect.poll(async () => (await measure()).filter((f) => f.hint !== f.scrolls).length).toBe(0);
      const frames = await measure();
      expect(frames.length).toBeGreaterThan(0);
      for (const frame of frames) expect(frame.hint).toBe(frame.scrolls);
      if (width === 360) scrolling = frames.filter((f) => f.scrolls).length;
    }
    expect(scrolling).toBeGreaterThan(0);
  });
});

describe('home page', () => {
  it('narrows the list of plans as the reader types, and says how many are shown', async () => {
    const page = await site.walk(360, '/');
    const field = page.locator('#planfilter');
    expect(await field.isVisible()).toBe(true);
    await field.fill('fou jämt');
    const shown = () => page.locator('.plankort:visible a').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).pathname).sort());
    const expected = plans.filter((p) => p.plan.organisation.name === 'FoU Jämt').map((p) => `/${p.id}/`).sort();
    await expect.poll(shown).toEqual(expected);
    expect(await page.locator('#planfilter-status').textContent()).toBe(HOME_PAGE.filtered(expected.length, plans.length));
    // An organisation without a matching plan is hidden with its heading.
    expect(await page.locator('section.organisation:visible').count()).toBe(1);
    await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'startsida-filter-360.png') });
    await field.fill('');
    await expect.poll(async () => (await shown()).length).toBe(plans.length);
  });
});

describe("the dev server's error page", () => {
  it('reports no axe violations at 360 and 1280 px', async () => {
    const { problems } = await checkPlans(path.join(ROOT, 'test/fixtures/invalid'));
    expect(problems.some((p) => p.severity === 'error')).toBe(true);
    const html = devErrorPage(problems);
    for (const width of [360, 1280]) {
      const context = await site.browser.newContext({ viewport: { width, height: 900 } });
      // Only the page itself: Vite's client is not there outside the dev server.
      await context.route('**/*', (route) => route.abort());
      const page = await context.newPage();
      await page.setContent(html);
      expect(await axeViolations(page), `fel @ ${width}`).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      await context.close();
    }
  });
});
