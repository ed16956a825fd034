/**
 * The goal model fixture (test/fixtures/plans/malstyrning) on the built site and in the
 * PDF: the same table headers in the same order, the same goals and indicators in the same
 * order, and each Kolada key figure linked to its page on kolada.se (an href on the site,
 * a link annotation in the PDF). Screenshots at 360 and 1280 px and PDF page images go to
 * test-output/ for people to look at.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { koladaUrl } from '../../src/blocks/goal-model/derive';
import type { DerivedPlan } from '../../src/derive/derive-plan';
import { renderPlanPdf } from '../../src/pdf';
import { sharedFixture } from '../shared/shared-fixture';
import { normalizeSpace as pdfSpace, OUTPUT_DIR, pageImages, pdfText } from '../pdf/harness';
import { type BuiltSite, FULL_PAGE_SCREENSHOTS, normalizeSpace, SCREENSHOT_DIR, startBuiltSite } from './harness';

const PLAN = 'malstyrning';
const CAPTION = 'Socialnämndens mål och indikatorer 2025–2026';
const HEADERS = ['Mål', 'Indikator', 'Målvärde per år', 'Frekvens', 'Uppföljning och källa', 'Ansvarig'];
const KOLADA = ['U21468', 'U23471', 'U21401', 'N31807', 'N00206', 'N21522'];
/** The indicators in the order the plan writes them (depth first, perspectives in order). */
const INDICATORS = [
  'Brukarbedömning hemtjänst äldreomsorg – helhetssyn, andel (%)',
  'Brukarbedömning särskilt boende äldreomsorg – helhetssyn, andel (%)',
  'Antal personal som en hemtjänsttagare möter under 14 dagar',
  'Väntetid i antal dagar från första kontakt till beslut om ekonomiskt bistånd, medelvärde',
  'Handläggningstid för beslut om insats enligt LSS',
  'Andel insatser med strukturerad uppföljning',
  'Antal brukare med digital tillsyn nattetid',
  'Hållbart medarbetarengagemang (HME), totalindex',
  'Sjukfrånvaro bland medarbetare i socialförvaltningen',
  'Personalomsättning bland tillsvidareanställda',
  'Budgetavvikelse vid årets slut',
  'Kostnad per brukare i hemtjänsten',
];

let site: BuiltSite;
let plan: DerivedPlan;
let pdfFile: string;
let pdfData: Uint8Array;

beforeAll(async () => {
  site = await startBuiltSite();
  plan = site.plans.find((p) => p.id === PLAN)!;
  expect(plan).toBeDefined();
  const { contentRoot } = await sharedFixture('site');
  pdfData = await renderPlanPdf(plan, contentRoot);
  await mkdir(OUTPUT_DIR, { recursive: true });
  pdfFile = path.join(OUTPUT_DIR, `${PLAN}.pdf`);
  await writeFile(pdfFile, pdfData);
}, 300_000);

afterAll(async () => {
  await site?.close();
});

/** Index of each needle in the haystack, in order; -1 when one is missing or out of order. */
function inOrder(haystack: string, needles: readonly string[]): number[] {
  let from = 0;
  return needles.map((needle) => {
    const at = haystack.indexOf(needle, from);
    if (at >= 0) from = at + needle.length;
    return at;
  });
}

/** Whether the words of `phrase` occur in order in `text`, each within 80 characters of the previous one. */
function wordsClose(text: string, phrase: string): boolean {
  const words = phrase.split(' ');
  for (let start = text.indexOf(words[0]!); start >= 0; start = text.indexOf(words[0]!, start + 1)) {
    let at = start + words[0]!.length;
    const ok = words.slice(1).every((word) => {
      const next = text.indexOf(word, at);
      if (next < 0 || next - at > 80) return false;
      at = next + word.length;
      return true;
    });
    if (ok) return true;
  }
  return false;
}

describe('goal model on the site and in the PDF', () => {
  it('shows the same headers, goals and indicators in the same order, with Kolada links, at 360 and 1280 px', async () => {
    for (const width of [360, 1280]) {
      const page = await site.walk(width, `/${PLAN}/`);
      const table = page.locator('table', { has: page.locator('caption', { hasText: CAPTION }) });
      await expect(table.count()).resolves.toBe(1);
      const headers = (await table.locator('thead th').allInnerTexts()).map(normalizeSpace);
      expect(headers).toEqual(HEADERS);
      // Each perspective group is its own tbody.
      const body = normalizeSpace((await table.locator('tbody').allInnerTexts()).join(' '));
      expect(inOrder(body, ['Medborgare', 'Verksamhet', 'Medarbetare', 'Ekonomi'])).not.toContain(-1);
      expect(inOrder(body, INDICATORS)).not.toContain(-1);
      expect(body).toContain('2025: 88 %');
      expect(body).toContain('2026: 300 000 kr');
      const hrefs = await table.locator('a[href*="kolada.se"]').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
      expect(hrefs).toEqual(KOLADA.map(koladaUrl));
      const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(scrollWidth).toBeLessThanOrEqual(width);
      await table.scrollIntoViewIfNeeded();
      await page.screenshot({ path: path.join(SCREENSHOT_DIR, `${PLAN}-maltabell-${width}.png`), fullPage: FULL_PAGE_SCREENSHOTS });
    }

    const text = pdfSpace(pdfText(pdfFile));
    expect(text).toContain(CAPTION);
    expect(inOrder(text, ['Medborgare', 'Verksamhet', 'Medarbetare', 'Ekonomi'])).not.toContain(-1);
    // pdftotext may interleave a wrapped indicator cell with the goal cell beside it
    // ("Budgetavvikelse vid Nämnden bedriver verksam- årets slut"), so each name is checked
    // as its words in order, close together, and the names by their first two words.
    for (const name of INDICATORS) expect(wordsClose(text, pdfSpace(name)), name).toBe(true);
    expect(inOrder(text, INDICATORS.map((name) => pdfSpace(name).split(' ').slice(0, 2).join(' ')))).not.toContain(-1);
    for (const kpi of KOLADA) expect(text).toContain(`Kolada ${kpi}`);
    expect(text).toContain('2025: 88 %');
  }, 300_000);

  it('prints the headers in the plan order in the PDF', () => {
    const text = pdfSpace(pdfText(pdfFile));
    const start = text.indexOf(CAPTION);
    expect(inOrder(text.slice(start), ['Mål', 'Indikator', 'Målvärde', 'Frekvens', 'Uppföljning', 'Ansvarig'])).not.toContain(-1);
  });

  it('links each Kolada key figure in the PDF with a link annotation to its kolada.se page', async () => {
    const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
    const task = pdfjs.getDocument({ data: new Uint8Array(pdfData), useSystemFonts: false });
    const doc = await task.promise;
    const urls: string[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const annotations = await (await doc.getPage(n)).getAnnotations();
      for (const a of annotations as Array<{ subtype?: string; url?: string }>) if (a.subtype === 'Link' && a.url?.includes('kolada.se')) urls.push(a.url);
    }
    await task.destroy();
    expect([...new Set(urls)]).toEqual(KOLADA.map(koladaUrl));
    expect(pageImages(pdfFile, PLAN).length).toBeGreaterThan(0);
  });
});
