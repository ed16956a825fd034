/**
 * The pdfcpu runner itself: it must report a broken file (so an empty result in
 * plans.test.ts means pdfcpu found nothing, not that it did not run).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { checkPlans } from '../../src/pipeline';
import { renderPlanPdf } from '../../src/pdf';
import { OUTPUT_DIR, ROOT } from './harness';
import { pdfcpuValidate } from './tools/pdfcpu';

it('reports a PDF whose cross-reference table is cut off', async () => {
  const root = path.join(ROOT, 'test/fixtures/valid');
  const { plans } = await checkPlans(root, [path.join(root, 'minimal')]);
  const pdf = await renderPlanPdf(plans[0]!, root);
  mkdirSync(OUTPUT_DIR, { recursive: true });
  const good = path.join(OUTPUT_DIR, 'pdfcpu-hel.pdf');
  const bad = path.join(OUTPUT_DIR, 'pdfcpu-trasig.pdf');
  writeFileSync(good, pdf);
  const text = readFileSync(good, 'latin1');
  writeFileSync(bad, Buffer.from(text.slice(0, Math.floor(text.length * 0.6)), 'latin1'));
  expect(pdfcpuValidate(good)).toEqual([]);
  expect(pdfcpuValidate(bad).join('\n')).toMatch(/\S/);
}, 60_000);
