/**
 * Fuzzing (a): random VALID plans drawn from the zod model (test/robustness/arbitraries.ts)
 * pass `checkPlans()` without errors and render to PDF and to site HTML without throwing.
 * The site is rendered by a real `astro build` of a temporary content folder holding the
 * whole batch (one build per batch of plans), because the pages read plans through the
 * integration's loader. Fixed seed here; `npm run fuzz` draws more plans with a random seed.
 */
import fc from 'fast-check';
import { existsSync } from 'node:fs';
import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderPlanPdf } from '../../src/pdf';
import { checkPlans } from '../../src/pipeline';
import { formatProblem } from '../../src/problems';
import { buildSite } from '../site/harness';
import { validPlanArbitrary } from './arbitraries';
import { tempContentRoot, writeGeneratedPlan } from './generated-content';

const RUNS = Number(process.env.FUZZ_VALID_RUNS ?? 12);
const SEED = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : process.env.FUZZ_RANDOM ? Date.now() % 2 ** 31 : 20261123;
const SITE_BATCH = 150;
const PER_PDF_MS = 30_000;

const withTimeout = <T>(promise: Promise<T>, ms: number, what: string) =>
  Promise.race([promise, new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`${what} tog mer än ${ms} ms`)), ms))]);

describe('random valid plans', () => {
  const samples = fc.sample(validPlanArbitrary, { seed: SEED, numRuns: RUNS });
  let root: string;
  let dirs: string[] = [];

  it(`${RUNS} generated plans pass the checker without errors (seed ${SEED})`, async () => {
    root = await tempContentRoot('planverk-valid-');
    dirs = await Promise.all(samples.map((plan, i) => writeGeneratedPlan(root, `slump-${String(i).padStart(4, '0')}`, plan)));
    const { problems, plans } = await checkPlans(root, dirs);
    const errors = problems.filter((p) => p.severity === 'error').map(formatProblem);
    expect(errors, `genererade planer i ${root}`).toEqual([]);
    expect(plans).toHaveLength(RUNS);
  }, 300_000);

  it('render to PDF without throwing', async () => {
    const { plans } = await checkPlans(root, dirs);
    for (const plan of plans) {
      const pdf = await withTimeout(renderPlanPdf(plan, root), PER_PDF_MS, `PDF för ${plan.id}`).catch((error: unknown) => {
        throw new Error(`PDF för ${path.join(root, plan.id)} kastade: ${error instanceof Error ? error.stack : String(error)}`);
      });
      expect(pdf.subarray(0, 5).toString('latin1'), plan.id).toBe('%PDF-');
      expect(pdf.subarray(-8).toString('latin1'), plan.id).toContain('%%EOF');
    }
  }, 900_000);

  it('render to site HTML in an astro build without throwing', async () => {
    for (let from = 0; from < dirs.length; from += SITE_BATCH) {
      const batch = dirs.slice(from, from + SITE_BATCH);
      // The batch gets its own content root so each build stays small.
      const batchRoot = batch.length === dirs.length ? root : await tempContentRoot('planverk-valid-batch-');
      if (batchRoot !== root) for (const dir of batch) await writeGeneratedPlan(batchRoot, path.basename(dir), samples[dirs.indexOf(dir)]!);
      const build = await buildSite(batchRoot);
      expect(build.code, `astro build av ${batchRoot} misslyckades:\n${build.output.slice(-4000)}`).toBe(0);
      for (const dir of batch) {
        const file = path.join(build.outDir, path.basename(dir), 'index.html');
        expect(existsSync(file), file).toBe(true);
        const html = await readFile(file, 'utf8');
        expect(html).toContain('<h1');
        expect(html).not.toMatch(/\b(undefined|NaN|\[object Object\])\b/);
      }
      await rm(build.outDir, { recursive: true, force: true });
      if (batchRoot !== root) await rm(batchRoot, { recursive: true, force: true });
    }
    await rm(root, { recursive: true, force: true });
  }, 1_800_000);
});
