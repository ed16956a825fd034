/**
 * The validator runners themselves: they must report a broken file (so an empty result in
 * plans.test.ts means the validator found nothing, not that it did not run), and their
 * batched forms must say which file of several is the broken one.
 */
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import { checkPlans } from '../../src/pipeline';
import { renderPlanPdf } from '../../src/pdf';
import { OUTPUT_DIR, preflight, preflightEach, ROOT } from './harness';
import { pdfcpuValidate, pdfcpuValidateEach } from './tools/pdfcpu';

const good = path.join(OUTPUT_DIR, 'validator-hel.pdf');
const bad = path.join(OUTPUT_DIR, 'validator-trasig.pdf');
const twin = path.join(OUTPUT_DIR, 'validator-hel.a1b.pdf');
const copy = path.join(OUTPUT_DIR, 'validator-hel-kopia.pdf');

beforeAll(async () => {
  const root = path.join(ROOT, 'test/fixtures/valid');
  const { plans } = await checkPlans(root, [path.join(root, 'minimal')]);
  mkdirSync(OUTPUT_DIR, { recursive: true });
  writeFileSync(good, await renderPlanPdf(plans[0]!, root));
  writeFileSync(twin, await renderPlanPdf(plans[0]!, root, { conformance: 'PDF/A-1b' }));
  copyFileSync(good, copy);
  const text = readFileSync(good, 'latin1');
  writeFileSync(bad, Buffer.from(text.slice(0, Math.floor(text.length * 0.6)), 'latin1'));
}, 60_000);

it('pdfcpu reports a PDF whose cross-reference table is cut off', () => {
  expect(pdfcpuValidate(good)).toEqual([]);
  expect(pdfcpuValidate(bad).join('\n')).toMatch(/\S/);
}, 60_000);

it('pdfcpu run over several files names the broken one, also when it comes first', () => {
  for (const files of [[good, bad, copy], [bad, good, copy]]) {
    const results = pdfcpuValidateEach(files);
    expect(results.get(good)).toEqual([]);
    expect(results.get(copy)).toEqual([]);
    expect(results.get(bad)!.join('\n')).toMatch(/\S/);
  }
  expect([...pdfcpuValidateEach([good, copy]).values()]).toEqual([[], []]);
}, 60_000);

it('PDFBox Preflight run over several files gives each its own errors', () => {
  // The plain PDF is PDF/A-2 with transparency groups and compressed object streams, which PDF/A-1b forbids.
  const results = preflightEach([good, twin, bad]);
  expect(results.get(twin)).toEqual([]);
  expect(results.get(good)!.length).toBeGreaterThan(0);
  expect(results.get(bad)!.length).toBeGreaterThan(0);
  expect(results.get(good)).toEqual(preflight(good));
}, 60_000);
