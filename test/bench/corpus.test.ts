/** The benchmark's generated plans are valid plans, and distinct from each other. */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { makeCorpus, makeStressPlans, STRESS_PLANS } from '../../scripts/bench/make-corpus';
import { checkPlans, resolveContentRoot } from '../../src/pipeline';

const dirs: string[] = [];
afterAll(async () => { for (const dir of dirs) await rm(dir, { recursive: true, force: true }); });

async function temp(): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'planverk-corpus-test-'));
  dirs.push(dir);
  return dir;
}

describe('benchmark corpus', () => {
  it('derives N distinct plans from content/ that pass the check', async () => {
    const target = await temp();
    const planDirs = await makeCorpus(target, 12);
    expect(planDirs).toHaveLength(12);
    const texts = await Promise.all(planDirs.map((dir) => readFile(path.join(dir, 'plan.yaml'), 'utf8')));
    expect(new Set(texts).size).toBe(12);
    const { results, problems, plans } = await checkPlans(await resolveContentRoot(target));
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(results).toHaveLength(12);
    expect(plans).toHaveLength(12);
  });

  it('writes stress plans of the promised sizes that pass the check', async () => {
    const target = await temp();
    await makeStressPlans(target);
    const { problems, plans } = await checkPlans(await resolveContentRoot(target));
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(plans.map((p) => p.id).sort()).toEqual([...STRESS_PLANS].sort());
    const blocks = plans.flatMap((p) => p.plan.sections.flatMap((s) => s.blocks ?? []));
    const goalTable = blocks.find((b) => b.type === 'goalTable');
    const table = blocks.find((b) => b.type === 'table');
    const wheel = blocks.find((b) => b.type === 'wheel');
    expect(goalTable?.type === 'goalTable' && goalTable.goals.length).toBe(200);
    expect(table?.type === 'table' && table.rows.length).toBe(500);
    expect(wheel?.type === 'wheel' && wheel.events.length).toBe(300);
  });
});
