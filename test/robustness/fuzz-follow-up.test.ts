/**
 * Random mutations of the example's follow-up files, and of its plan with the follow-ups
 * beside it (issue 21), always end in success or located Swedish problems: never an
 * exception or a hang. Fixed seed here; random seeds with `npm run fuzz`.
 */
import fc from 'fast-check';
import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkPlans, resolveContentRoot } from '../../src/pipeline';
import { applyMutation, mutationArbitrary } from './mutate-plan';

const RUNS = Number(process.env.FUZZ_RUNS ?? 120);
const SEED = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : process.env.FUZZ_RANDOM ? Date.now() % 2 ** 31 : 20261206;
const FILES = ['uppfoljning-2025-t2.yaml', 'uppfoljning-2025.yaml', 'plan.yaml'];

describe('fuzzing the follow-up check', () => {
  it(`ends every one of ${RUNS} mutations in success or located problems (seed ${SEED})`, async () => {
    const root = await resolveContentRoot(await mkdtemp(path.join(os.tmpdir(), 'planverk-fuzz-fu-')));
    const dir = path.join(root, 'fou-exempelregionen-2025');
    await cp('examples/uppfoljning/fou-exempelregionen-2025', dir, { recursive: true });
    const sources = await Promise.all(FILES.map((file) => readFile(path.join(dir, file))));
    let withProblems = 0;
    await fc.assert(
      fc.asyncProperty(fc.nat({ max: FILES.length - 1 }), mutationArbitrary, async (which, mutation) => {
        const file = path.join(dir, FILES[which]!);
        await writeFile(file, applyMutation(sources[which]!, mutation));
        const { problems, plans } = await checkPlans(root, [dir]);
        for (const problem of problems) {
          expect(problem.line).toBeGreaterThanOrEqual(1);
          expect(problem.column).toBeGreaterThanOrEqual(1);
          expect(problem.file).toMatch(/\.(yaml|md)$/);
          expect(problem.message).not.toMatch(/\b(undefined|NaN|\[object Object\]|Invalid input|expected)\b/);
        }
        if (problems.some((p) => p.severity === 'error')) withProblems++;
        else expect(plans[0]?.followUps?.length).toBe(2);
        await writeFile(file, sources[which]!);
      }),
      { seed: SEED, numRuns: RUNS, endOnFailure: true },
    );
    expect(withProblems).toBeGreaterThan(RUNS / 4);
  }, 600_000);
});
