/**
 * Budget tables on the built site (shared site fixture, plan test/fixtures/plans/flerarsbudget):
 * the same headers and numbers as the model, a focusable named scrolling frame with a
 * sticky first column, and no sideways page scroll at 360 px. Screenshots at 360 and 1280 px.
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DerivedBlockOf } from '../../src/derive/block-derivers';
import { walkSections } from '../../src/derive/derive-plan';
import type { TablePart } from '../../src/derive/presentation';
import { type BuiltSite, FULL_PAGE_SCREENSHOTS, normalizeSpace, SCREENSHOT_DIR, startBuiltSite } from './harness';

const PLAN = 'flerarsbudget';
let site: BuiltSite;

beforeAll(async () => {
  site = await startBuiltSite();
}, 300_000);

afterAll(async () => {
  await site?.close();
});

const derivedTables = () => {
  const plan = site.plans.find((p) => p.id === PLAN)!;
  return [...walkSections(plan.sections)].flatMap((s) => s.blocks)
    .filter((b): b is DerivedBlockOf<'budgetTable'> => b.type === 'budgetTable')
    .map((b) => b.parts.find((p): p is TablePart => p.kind === 'table')!);
};

describe('budget tables on the site', () => {
  it('shows the derived headers and every number of the model', async () => {
    const page = await site.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${site.server.url}/${PLAN}/`);
    const tables = derivedTables();
    expect(tables.length).toBe(3);
    const html = await page.locator('table.tabell').evaluateAll((nodes) => nodes.map((n) => ({
      headers: [...n.querySelectorAll('thead th')].map((th) => th.textContent ?? ''),
      rows: [...n.querySelectorAll('tbody tr, tfoot tr')].map((tr) => [...tr.children].map((c) => c.textContent ?? '')),
    })));
    for (const part of tables) {
      const shown = html.find((t) => normalizeSpace(t.headers.join('|')) === normalizeSpace(part.columns.map((c) => c.header).join('|')));
      expect(shown, part.name).toBeDefined();
      const expected = [...part.groups.flatMap((g) => g.rows), ...part.footer].map((r) => r.cells.slice(1).map((c) => normalizeSpace(c.lines.map((l) => l.text).join(' ') || '–')));
      const shownRows = shown!.rows.filter((r) => r.length > 1).map((r) => r.slice(1).map(normalizeSpace));
      expect(shownRows).toEqual(expected);
    }
    expect(await page.locator('span.tom[aria-label="Kan inte beräknas, jämförelsevärdet är noll"]').count()).toBe(1);
    await page.screenshot({ path: path.join(SCREENSHOT_DIR, `${PLAN}-1280.png`), fullPage: FULL_PAGE_SCREENSHOTS });
    await page.close();
  }, 120_000);

  it('fits a phone: the wide table scrolls in a focusable named frame with a sticky first column, the page never sideways', async () => {
    const page = await site.browser.newPage({ viewport: { width: 360, height: 800 } });
    await page.goto(`${site.server.url}/${PLAN}/`);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    const frame = page.locator('.tabellram', { has: page.locator('table.belopp-bred') });
    expect(await frame.getAttribute('tabindex')).toBe('0');
    expect(await frame.getAttribute('role')).toBe('region');
    expect(await frame.getAttribute('aria-label')).toContain('Driftbudget 2023 med plan 2024–2025');
    const { scrollWidth, clientWidth } = await frame.evaluate((el) => ({ scrollWidth: el.scrollWidth, clientWidth: el.clientWidth }));
    expect(scrollWidth).toBeGreaterThan(clientWidth);
    // The first line's row header (a group heading spans every column and scrolls with the table).
    const first = frame.locator('tbody tr:not(.grupprubrik) th').first();
    expect(await first.evaluate((el) => getComputedStyle(el).position)).toBe('sticky');
    const before = await first.boundingBox();
    await frame.evaluate((el) => { el.scrollLeft = 200; });
    const after = await first.boundingBox();
    // Sticky cells snap to whole pixels, so allow a sub-pixel difference.
    expect(Math.abs(after!.x - before!.x)).toBeLessThan(1);
    await frame.evaluate((el) => { el.scrollLeft = 0; });
    // No word of a line's name is broken in the narrow sticky column (each word on one line).
    const brokenWords = await frame.locator('tbody th').evaluateAll((cells) => cells.flatMap((cell) => {
      const broken: string[] = [];
      const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        for (const match of (node.textContent ?? '').matchAll(/\S+/g)) {
          const range = document.createRange();
          range.setStart(node, match.index);
          range.setEnd(node, match.index + match[0].length);
          if (range.getClientRects().length > 1) broken.push(match[0]);
        }
      }
      return broken;
    }));
    expect(brokenWords).toEqual([]);
    await frame.scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(SCREENSHOT_DIR, `${PLAN}-360.png`), fullPage: FULL_PAGE_SCREENSHOTS });
    await page.close();
  }, 120_000);
});
