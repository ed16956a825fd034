/**
 * The annual wheel in the PDF (issue 19 §1): no text on the wheel's page below 7 pt (read
 * with pdfjs from each text item's transform, so turned month names count with their real
 * size), all twelve month names whole, the key's titles whole, and the page images in
 * test-output/pdf/ for people to look at. Plans: FoU Jämt 2020, the läsår fixture and the
 * bench's stress plan with 300 events.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { makeStressPlans } from '../../scripts/bench/make-corpus';
import { MONTHS } from '../../schemas/primitives';
import type { DerivedPlan } from '../../src/derive/derive-plan';
import { renderPlanPdf } from '../../src/pdf';
import { checkPlans, resolveContentRoot } from '../../src/pipeline';
import { WHEEL } from '../../src/shared/words-sv';
import { inspectWithPdfjs, OUTPUT_DIR, pageImages, ROOT } from './harness';
import { planSchema } from '../../schemas';
import { derivePlan } from '../../src/derive/derive-plan';
import { KEY_LIMIT } from '../../src/blocks/wheel/derive';

interface TextItem { str: string; size: number }

/** Every text item of every page, with its font size in points (the transform's vertical scale). */
async function textBySize(pdf: Uint8Array): Promise<TextItem[][]> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const task = pdfjs.getDocument({ data: new Uint8Array(pdf), useSystemFonts: false });
  const doc = await task.promise;
  const pages: TextItem[][] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const content = await (await doc.getPage(n)).getTextContent();
    pages.push((content.items as { str?: string; transform?: number[] }[])
      .filter((item) => item.str !== undefined && item.str.trim() !== '')
      .map((item) => ({ str: item.str!, size: Math.hypot(item.transform![2]!, item.transform![3]!) })));
  }
  await task.destroy();
  return pages;
}

async function planFrom(folder: string, id: string): Promise<{ derived: DerivedPlan; contentRoot: string }> {
  const contentRoot = await resolveContentRoot(folder);
  const { plans } = await checkPlans(contentRoot, [path.join(contentRoot, id)]);
  expect(plans, id).toHaveLength(1);
  return { derived: plans[0]!, contentRoot };
}

describe('the wheel in the PDF', () => {
  let stressRoot: string;
  beforeAll(async () => {
    stressRoot = mkdtempSync(path.join(tmpdir(), 'planverk-stress-'));
    await makeStressPlans(stressRoot);
  }, 60_000);

  const cases = (): [string, string, boolean][] => [
    [path.join(ROOT, 'content'), 'fou-jamt-2020', true],
    [path.join(ROOT, 'test/fixtures/plans'), 'arshjul-lasar', true],
    [stressRoot, 'stress-300-handelser', false],
  ];

  it('sets no text on the wheel page below 7 pt, with whole month names and the key beside the wheel', async () => {
    mkdirSync(OUTPUT_DIR, { recursive: true });
    for (const [folder, id, withKey] of cases()) {
      const { derived, contentRoot } = await planFrom(folder, id);
      const pdf = await renderPlanPdf(derived, contentRoot);
      const file = path.join(OUTPUT_DIR, `hjul-${id}.pdf`);
      writeFileSync(file, pdf);
      const pages = await textBySize(pdf);
      const index = pages.findIndex((items) => items.some((item) => item.str === WHEEL.legendHeading));
      expect(index, id).toBeGreaterThanOrEqual(0);
      const page = pages[index]!;
      const small = page.filter((item) => item.size < 7).map((item) => `${item.str} (${item.size.toFixed(1)} pt)`);
      expect(small, id).toEqual([]);
      // Each month name is one text item at its real size, turned along the ring.
      for (const month of MONTHS) {
        const item = page.find((entry) => entry.str === month);
        expect(item, `${id} ${month}`).toBeDefined();
        expect(item!.size).toBeGreaterThanOrEqual(9);
      }
      // The numbers on the wheel: at least 9 pt.
      const numbers = page.filter((item) => /^\d+$/.test(item.str) && item.size > 9);
      expect(numbers.length, id).toBeGreaterThan(0);
      expect(page.some((item) => item.str === WHEEL.keyHeading), id).toBe(withKey);
      pageImages(file, `hjul-${id}`);
    }
  }, 120_000);

  it('keeps a key of 30 titles on the page: beside or below the wheel when it fits, else only in the table', async () => {
    for (const [words, withKey] of [[4, true], [60, false]] as const) {
      const title = (i: number) => `Händelse ${i + 1} ${'med en mycket lång titel '.repeat(words / 4)}`.trim();
      const plan = planSchema.parse({
        title: 'T', kind: 'verksamhetsplan', organisation: { name: 'O' }, period: { start: 2024 }, status: 'utkast',
        sections: [{ title: 'Årshjul', blocks: [{
          type: 'wheel', categories: [{ id: 'a', name: 'Möten' }, { id: 'b', name: 'Utbildning' }],
          events: Array.from({ length: KEY_LIMIT }, (_, i) => ({ title: title(i), category: i % 2 ? 'a' : 'b', date: `2024-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 27) + 1).padStart(2, '0')}` })),
        }] }],
      });
      const pdf = await renderPlanPdf(derivePlan('p', plan), mkdtempSync(path.join(tmpdir(), 'planverk-key-')));
      const file = path.join(OUTPUT_DIR, `hjul-nyckel-${words}.pdf`);
      writeFileSync(file, pdf);
      pageImages(file, `hjul-nyckel-${words}`);
      const report = await inspectWithPdfjs(pdf);
      expect(report.offPage, `${words} words`).toEqual([]);
      expect(report.unmarked).toEqual([]);
      const pages = await textBySize(pdf);
      const page = pages.find((items) => items.some((item) => item.str === WHEEL.legendHeading))!;
      expect(page.some((item) => item.str === WHEEL.keyHeading), `${words} words`).toBe(withKey);
      expect(page.filter((item) => item.size < 7)).toEqual([]);
      // Every title is whole somewhere: in the table after the figure.
      const all = pages.flat().map((item) => item.str).join(' ');
      expect(all).toContain('Händelse 30');
    }
  }, 120_000);
});
