/**
 * The kontroller fixture (test/fixtures/plans/kontroller) in the PDF: cells that are only
 * a dash print the dash, not a bullet, and elisions print as the source writes them.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkPlans, resolveContentRoot } from '../../src/pipeline';
import { renderPlanPdfWithPages } from '../../src/pdf';
import { normalizeSpace, OUTPUT_DIR, pageImages, pdfText, ROOT } from './harness';

let text: string;
let layout: string;
beforeAll(async () => {
  const contentRoot = await resolveContentRoot(path.join(ROOT, 'test/fixtures/plans'));
  const { plans, problems } = await checkPlans(contentRoot, [path.join(contentRoot, 'kontroller')]);
  expect(problems).toEqual([]);
  const result = await renderPlanPdfWithPages(plans[0]!, contentRoot);
  mkdirSync(OUTPUT_DIR, { recursive: true });
  const file = path.join(OUTPUT_DIR, 'kontroller.pdf');
  writeFileSync(file, result.pdf);
  pageImages(file, 'kontroller');
  text = normalizeSpace(pdfText(file));
  layout = pdfText(file, { layout: true });
}, 120_000);

describe('kontroller in the PDF', () => {
  it('prints a row of only dashes as dashes', () => {
    // Column widths come from the content (issue 19): the comment fits on the row's line.
    const row = layout.split('\n').find((line) => line.includes('Raden har bara'));
    expect(row).toBeDefined();
    expect(normalizeSpace(row!)).toBe('- – — - Raden har bara streck.');
  });

  it('prints dash cells next to their figures, with no bullets', () => {
    // Column widths come from the content (issue 19): the first column does not wrap.
    const row = layout.split('\n').find((line) => line.includes('Andel kommuner'));
    expect(row).toBeDefined();
    expect(normalizeSpace(row!)).toBe('Andel kommuner med lokal handlingsplan 85 % – - -');
  });

  it('prints elisions as written', () => {
    expect(text).toContain('Kommunerna ska [...] ges förutsättningar');
    expect(text).toContain('det arbetet […] genom regionala stödstrukturer');
    expect(text).toContain('Genomföra dialogmöten [...] två gånger per termin.');
  });
});
