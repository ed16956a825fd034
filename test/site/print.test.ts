/**
 * The print stylesheet: every plan page printed by Chromium on A4. With print media
 * emulated at the width of the printable area, the site chrome is hidden, the table of
 * contents is open, nothing is wider than the page and outside links show their address;
 * the real print (page.pdf) is checked with poppler and written as page images to
 * test-output/site/ (utskrift-<plan>-<page>.png).
 */
import { execFile } from 'node:child_process';
import { mkdir, readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DerivedPlan } from '../../src/derive/derive-plan';
import { normalizeSpace, SCREENSHOT_DIR, startBuiltSite, type BuiltSite, type StaticServer } from './harness';

const run = promisify(execFile);

/** A4 less the margins of `@page` in site.css (16 mm left and right), in CSS pixels. */
const PAGE_MARGIN_MM = 16;
const PRINT_WIDTH = Math.floor(((210 - 2 * PAGE_MARGIN_MM) / 25.4) * 96);
const CHROME = ['.sidhuvud', '.sidfot', '.sokruta', '.hoppa', '.planlankar', '.ankare'];

let server: StaticServer;
let browser: Browser;
let plans: DerivedPlan[] = [];

let site: BuiltSite | undefined;

beforeAll(async () => {
  site = await startBuiltSite();
  ({ plans, server, browser } = site);
}, 240_000);

afterAll(async () => {
  await Promise.all([...printed.values()].map(async (page) => (await page).close()));
  await site?.close();
});

/** One print-emulated page per plan, shared by the tests that only read it (opening and
 *  laying out every plan page again for each test took most of this file's time). */
const printed = new Map<string, Promise<Page>>();
function openForPrint(id: string): Promise<Page> {
  if (!printed.has(id)) printed.set(id, loadForPrint(id));
  return printed.get(id)!;
}

async function loadForPrint(id: string): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: PRINT_WIDTH, height: 1000 } });
  await page.emulateMedia({ media: 'print' });
  const response = await page.goto(`${server.url}/${id}/`, { waitUntil: 'load' });
  expect(response?.status(), id).toBe(200);
  // Widths depend on the web font: a fallback font still in use (a busy machine) makes the
  // wheel's labels wider than they will be printed.
  await page.evaluate(() => document.fonts.ready);
  return page;
}

describe('the printed plan pages', () => {
  it('hide the site chrome and keep the plan, with an open table of contents', async () => {
    expect(plans.length).toBeGreaterThanOrEqual(2);
    for (const derived of plans) {
      const page = await openForPrint(derived.id);
      for (const selector of CHROME) {
        // Visible as Playwright's isVisible() has it (a non-empty box, not visibility: hidden), for all matches in one call.
        const shown = await page.locator(selector).evaluateAll((elements) => elements.filter((el) => {
          const box = el.getBoundingClientRect();
          return box.width > 0 && box.height > 0 && getComputedStyle(el).visibility !== 'hidden';
        }).map((el) => el.outerHTML.slice(0, 80)));
        expect(shown, `${derived.id} ${selector}`).toEqual([]);
      }
      expect(normalizeSpace(await page.locator('h1').innerText())).toBe(normalizeSpace(derived.front.title));
      if (derived.plan.toc) {
        // Every entry of the derived table of contents is printed, with its number.
        const entries = await page.locator('.innehall-lista a').evaluateAll((links) => links.map((a) => {
          const box = a.getBoundingClientRect();
          return { text: (a.textContent ?? '').replace(/[\s\u00a0]+/g, ' ').trim(), visible: box.width > 0 && box.height > 0 };
        }));
        expect(entries.length, derived.id).toBeGreaterThanOrEqual(derived.toc.length);
        for (const [i, entry] of derived.toc.entries()) {
          expect(entries[i]!.visible, `${derived.id}: ${entry.title}`).toBe(true);
          expect(normalizeSpace(entries[i]!.text)).toBe(normalizeSpace(entry.number ? `${entry.number} ${entry.title}` : entry.title));
        }
      } else {
        expect(await page.locator('.innehall').count(), derived.id).toBe(0);
      }
    }
  });

  it('put nothing outside the printable width, not even the hostile plan\'s long words, addresses and tables', async () => {
    for (const derived of plans) {
      const page = await openForPrint(derived.id);
      const result = await page.evaluate((width) => {
        const offenders: string[] = [];
        for (const element of document.querySelectorAll('main *')) {
          const style = getComputedStyle(element);
          // Inline boxes may end in a hanging space; their block container is what must fit.
          if (style.display === 'inline' || style.display === 'contents' || style.display === 'none') continue;
          const box = element.getBoundingClientRect();
          const sticksOut = box.width > 0 && (box.left < -1 || box.right > width + 1);
          const overflows = style.overflowX === 'visible' && element.scrollWidth > element.clientWidth + 1 && element.clientWidth > 0 && !(element instanceof SVGElement);
          if (sticksOut || overflows) offenders.push(`${element.tagName.toLowerCase()}.${element.className} ${Math.round(box.left)}–${Math.round(box.right)} (scroll ${element.scrollWidth}/${element.clientWidth})`);
        }
        return { pageWidth: document.scrollingElement!.scrollWidth, offenders: offenders.slice(0, 5), tables: document.querySelectorAll('main table').length };
      }, PRINT_WIDTH);
      expect(result.pageWidth, derived.id).toBeLessThanOrEqual(PRINT_WIDTH);
      expect(result.offenders, derived.id).toEqual([]);
    }
  });

  it('print the address after every outside link whose text is not the address itself', async () => {
    let shown = 0;
    let bare = 0;
    for (const derived of plans) {
      const page = await openForPrint(derived.id);
      const links = await page.locator('main a[href^="http"]').evaluateAll((anchors) => anchors.map((a) => ({
        href: a.getAttribute('href') ?? '', bare: a.hasAttribute('data-bare-url'), after: getComputedStyle(a, '::after').content,
      })));
      for (const link of links) {
        if (link.bare) { bare++; expect(link.after, link.href).toBe('none'); } else { shown++; expect(link.after, link.href).toBe(`" (${link.href})"`); }
      }
    }
    // The test plans have both kinds; without them this test would check nothing.
    expect(shown).toBeGreaterThan(0);
    expect(bare).toBeGreaterThan(0);
  });

  it('draw the annual wheel across the printed width, whole and with all twelve months', async () => {
    let wheels = 0;
    for (const derived of plans) {
      const page = await openForPrint(derived.id);
      for (const wheel of await page.locator('svg.arshjul').all()) {
        wheels++;
        const box = (await wheel.boundingBox())!;
        expect(box.x, derived.id).toBeGreaterThanOrEqual(0);
        expect(box.x + box.width, derived.id).toBeLessThanOrEqual(PRINT_WIDTH + 1);
        expect(box.width, derived.id).toBeGreaterThan(PRINT_WIDTH * 0.9);
        expect(await wheel.locator('.manadsnamn').count()).toBe(12);
        // Event numbers: 36 units of a 1000-unit drawing; at the printed width that is about 18 pt.
        const labelHeight = await wheel.locator('.etikett').first().evaluate((text) => text.getBoundingClientRect().height);
        expect(labelHeight, derived.id).toBeGreaterThanOrEqual(16);
      }
    }
    expect(wheels).toBeGreaterThan(0);
  });

  it('print on A4 without the site chrome (page.pdf, poppler), with page images in test-output/site/', async () => {
    const pdfDir = path.join(SCREENSHOT_DIR, 'utskrift');
    await rm(pdfDir, { recursive: true, force: true });
    await mkdir(pdfDir, { recursive: true });
    for (const old of (await readdir(SCREENSHOT_DIR)).filter((f) => f.startsWith('utskrift-'))) await rm(path.join(SCREENSHOT_DIR, old));
    // One page goes from plan to plan: a new context for each costs a renderer process and the fonts again.
    const page = await browser.newPage();
    for (const derived of plans) {
      await page.goto(`${server.url}/${derived.id}/`, { waitUntil: 'load' });
      const pdf = path.join(pdfDir, `${derived.id}.pdf`);
      await page.pdf({ path: pdf, format: 'A4' });
      const info = (await run('pdfinfo', [pdf])).stdout;
      expect(info, derived.id).toMatch(/Page size:\s+595\.\d+ x 84[12]\.\d+ pts \(A4\)/);
      const text = normalizeSpace((await run('pdftotext', ['-layout', pdf, '-'])).stdout);
      expect(text, derived.id).toContain(normalizeSpace(derived.front.title));
      for (const chrome of ['Hoppa till innehållet', 'Sök i planerna', 'Publicerad med planverk', 'Planens data som JSON']) {
        expect(text, `${derived.id}: ${chrome}`).not.toContain(chrome);
      }
      await run('pdftoppm', ['-png', '-r', '50', pdf, path.join(SCREENSHOT_DIR, `utskrift-${derived.id}`)]);
    }
    await page.close();
    // Every plan printed by Chromium: about 40 s on a busy two-core machine, over the default minute when other files run beside it.
  }, 240_000);
});
