/**
 * Random mutations of the five content plans always end in success or located Swedish
 * problems: never an exception, a hang or runaway memory. Fixed seed here; thousands of
 * cases with random seeds in `npm run fuzz`.
 */
import fc from 'fast-check';
import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { discoverPlanDirs } from '../../src/load/discover-plans';
import { checkPlans, resolveContentRoot } from '../../src/pipeline';
import { applyMutation, mutationArbitrary } from './mutate-plan';

const RUNS = Number(process.env.FUZZ_RUNS ?? 150);
const SEED = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : process.env.FUZZ_RANDOM ? Date.now() % 2 ** 31 : 20261122;
const PER_CASE_MS = 5000;

const withTimeout = <T>(promise: Promise<T>, ms: number) =>
  Promise.race([promise, new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`hängde i mer än ${ms} ms`)), ms))]);

describe('fuzzing the checker with mutated real plans', async () => {
  const seeds = await discoverPlanDirs(await resolveContentRoot('content'));

  it(`ends every one of ${RUNS} mutations in success or located problems (seed ${SEED})`, async () => {
    const root = await resolveContentRoot(await mkdtemp(path.join(os.tmpdir(), 'planverk-fuzz-')));
    const originals = await Promise.all(seeds.map(async (dir) => {
      const target = path.join(root, path.basename(dir));
      await cp(dir, target, { recursive: true });
      return { target, source: await readFile(path.join(dir, 'plan.yaml')) };
    }));
    let peakHeap = 0;
    let withProblems = 0;
    await fc.assert(
      fc.asyncProperty(fc.nat({ max: originals.length - 1 }), mutationArbitrary, async (which, mutation) => {
        const { target, source } = originals[which]!;
        await writeFile(path.join(target, 'plan.yaml'), applyMutation(source, mutation));
        const { problems } = await withTimeout(checkPlans(root, [target]), PER_CASE_MS);
        for (const problem of problems) {
          expect(problem.line).toBeGreaterThanOrEqual(1);
          expect(problem.column).toBeGreaterThanOrEqual(1);
          expect(problem.file).toMatch(/\.(yaml|md)$/);
          expect(problem.message.length).toBeGreaterThan(5);
          expect(problem.message).not.toMatch(/\b(undefined|NaN|\[object Object\]|Invalid input|expected)\b/);
        }
        if (problems.length) withProblems++;
        peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
        await writeFile(path.join(target, 'plan.yaml'), source);
      }),
      { seed: SEED, numRuns: RUNS, endOnFailure: true },
    );
    expect(withProblems).toBeGreaterThan(RUNS / 3);
    expect(peakHeap / 1024 / 1024).toBeLessThan(1024);
  }, 600_000);
});
