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
  await (await printPage)?.close();
  await site?.close();
});

/** What the tests read from one plan page, printed: measured once per plan. */
interface Printed {
  /** Site chrome that is still shown: selector → the first characters of each shown match. */
  chrome: Record<string, string[]>;
  title: string;
  /** The table of contents' links, or null when the page has none. */
  toc: { text: string; visible: boolean }[] | null;
  pageWidth: number;
  offenders: string[];
  links: { href: string; bare: boolean; after: string }[];
  wheels: { x: number; width: number; monthNames: number; labelHeight: number }[];
  /** The page as Chromium prints it on A4 (page.pdf). */
  pdf: string;
}

const PDF_DIR = path.join(SCREENSHOT_DIR, 'utskrift');

/** One print-emulated page goes from plan to plan and measures each once: a page (and its
 *  renderer process) per plan cost about a second of CPU each, and loading every plan again
 *  for each test most of this file's time. */
let printPage: Promise<Page> | undefined;
const printed = new Map<string, Promise<Printed>>();
/** The tests ask one plan at a time (the page can show only one), each plan measured once. */
function measurePrinted(id: string): Promise<Printed> {
  if (!printed.has(id)) printed.set(id, loadAndMeasure(id));
  return printed.get(id)!;
}

async function loadAndMeasure(id: string): Promise<Printed> {
  printPage ??= (async () => {
    await rm(PDF_DIR, { recursive: true, force: true });
    await mkdir(PDF_DIR, { recursive: true });
    const page = await browser.newPage({ viewport: { width: PRINT_WIDTH, height: 1000 } });
    await page.emulateMedia({ media: 'print' });
    return page;
  })();
  const page = await printPage;
  const response = await page.goto(`${server.url}/${id}/`, { waitUntil: 'load' });
  expect(response?.status(), id).toBe(200);
  // Widths depend on the web font: a fallback font still in use (a busy machine) makes the
  // wheel's labels wider than they will be printed.
  await page.evaluate(() => document.fonts.ready);
  const measured = await page.evaluate(({ chromeSelectors, width }) => {
    const shown = (el: Element) => {
      const box = el.getBoundingClientRect();
      return box.width > 0 && box.height > 0 && getComputedStyle(el).visibility !== 'hidden';
    };
    const chrome = Object.fromEntries(chromeSelectors.map((selector) => [selector, [...document.querySelectorAll(selector)].filter(shown).map((el) => el.outerHTML.slice(0, 80))]));
    const toc = document.querySelector('.innehall')
      ? [...document.querySelectorAll('.innehall-lista a')].map((a) => ({ text: (a.textContent ?? '').replace(/[\s\u00a0]+/g, ' ').trim(), visible: a.getBoundingClientRect().width > 0 && a.getBoundingClientRect().height > 0 }))
      : null;
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
    const links = [...document.querySelectorAll('main a[href^="http"]')].map((a) => ({
      href: a.getAttribute('href') ?? '', bare: a.hasAttribute('data-bare-url'), after: getComputedStyle(a, '::after').content,
    }));
    const wheels = [...document.querySelectorAll('svg.arshjul')].map((wheel) => {
      const box = wheel.getBoundingClientRect();
      const label = wheel.querySelector('.etikett');
      return { x: box.left, width: box.width, monthNames: wheel.querySelectorAll('.manadsnamn').length, labelHeight: label ? label.getBoundingClientRect().height : 0 };
    });
    return { chrome, title: (document.querySelector('h1') as HTMLElement | null)?.innerText ?? '', toc, pageWidth: document.scrollingElement!.scrollWidth, offenders: offenders.slice(0, 5), links, wheels };
  }, { chromeSelectors: CHROME, width: PRINT_WIDTH });
  // page.pdf lays the page out anew for the paper (A4), whatever the viewport and media above.
  const pdf = path.join(PDF_DIR, `${id}.pdf`);
  await page.pdf({ path: pdf, format: 'A4' });
  return { ...measured, pdf };
}

describe('the printed plan pages', () => {
  it('hide the site chrome and keep the plan, with an open table of contents', async () => {
    expect(plans.length).toBeGreaterThanOrEqual(2);
    for (const derived of plans) {
      const page = await measurePrinted(derived.id);
      for (const selector of CHROME) expect(page.chrome[selector], `${derived.id} ${selector}`).toEqual([]);
      expect(normalizeSpace(page.title)).toBe(normalizeSpace(derived.front.title));
      if (derived.plan.toc) {
        // Every entry of the derived table of contents is printed, with its number.
        const entries = page.toc ?? [];
        expect(entries.length, derived.id).toBeGreaterThanOrEqual(derived.toc.length);
        for (const [i, entry] of derived.toc.entries()) {
          expect(entries[i]!.visible, `${derived.id}: ${entry.title}`).toBe(true);
          expect(normalizeSpace(entries[i]!.text)).toBe(normalizeSpace(entry.number ? `${entry.number} ${entry.title}` : entry.title));
        }
      } else {
        expect(page.toc, derived.id).toBeNull();
      }
    }
  }, 240_000);

  it('put nothing outside the printable width, not even the hostile plan\'s long words, addresses and tables', async () => {
    for (const derived of plans) {
      const page = await measurePrinted(derived.id);
      expect(page.pageWidth, derived.id).toBeLessThanOrEqual(PRINT_WIDTH);
      expect(page.offenders, derived.id).toEqual([]);
    }
  });

  it('print the address after every outside link whose text is not the address itself', async () => {
    let shown = 0;
    let bare = 0;
    for (const derived of plans) {
      for (const link of (await measurePrinted(derived.id)).links) {
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
      for (const wheel of (await measurePrinted(derived.id)).wheels) {
        wheels++;
        expect(wheel.x, derived.id).toBeGreaterThanOrEqual(0);
        expect(wheel.x + wheel.width, derived.id).toBeLessThanOrEqual(PRINT_WIDTH + 1);
        expect(wheel.width, derived.id).toBeGreaterThan(PRINT_WIDTH * 0.9);
        expect(wheel.monthNames).toBe(12);
        // Event numbers: 36 units of a 1000-unit drawing; at the printed width that is about 18 pt.
        expect(wheel.labelHeight, derived.id).toBeGreaterThanOrEqual(16);
      }
    }
    expect(wheels).toBeGreaterThan(0);
  });

  it('print on A4 without the site chrome (page.pdf, poppler), with page images in test-output/site/', async () => {
    for (const old of (await readdir(SCREENSHOT_DIR)).filter((f) => f.startsWith('utskrift-'))) await rm(path.join(SCREENSHOT_DIR, old));
    for (const derived of plans) {
      const { pdf } = await measurePrinted(derived.id);
      const info = (await run('pdfinfo', [pdf])).stdout;
      expect(info, derived.id).toMatch(/Page size:\s+595\.\d+ x 84[12]\.\d+ pts \(A4\)/);
      const text = normalizeSpace((await run('pdftotext', ['-layout', pdf, '-'])).stdout);
      expect(text, derived.id).toContain(normalizeSpace(derived.front.title));
      for (const chrome of ['Hoppa till innehållet', 'Sök i planerna', 'Publicerad med planverk', 'Planens data som JSON']) {
        expect(text, `${derived.id}: ${chrome}`).not.toContain(chrome);
      }
      await run('pdftoppm', ['-png', '-r', '50', pdf, path.join(SCREENSHOT_DIR, `utskrift-${derived.id}`)]);
    }
  }, 240_000);
});
