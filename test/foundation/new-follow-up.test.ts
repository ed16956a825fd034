/** `npm run new -- --uppfoljning <plan> --period …`: the scaffolded follow-up file (issue 21). */
import { spawnSync } from 'node:child_process';
import { cp, mkdtemp, readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { createFollowUp } from '../../src/authoring/create-follow-up';
import { CreatePlanError } from '../../src/authoring/create-plan';
import { checkPlans } from '../../src/pipeline';
import { commandArgs } from '../shared/command';

const PLAN = 'fou-exempelregionen-2025';
let contentRoot: string;
beforeEach(async () => {
  contentRoot = await mkdtemp(path.join(os.tmpdir(), 'planverk-fu-new-'));
  await cp(path.join('examples/uppfoljning', PLAN, 'plan.yaml'), path.join(contentRoot, PLAN, 'plan.yaml'));
});

describe('npm run new -- --uppfoljning', () => {
  it('lists every goal, indicator, activity and budget line with empty fields, and passes check with warnings only', async () => {
    const { file, empty } = await createFollowUp({ contentRoot, plan: PLAN, period: '2025-t2' });
    expect(empty).toBe(false);
    expect(path.basename(file)).toBe('uppfoljning-2025-t2.yaml');
    const text = await readFile(file, 'utf8');
    const data = parse(text);
    expect(data.period).toBe('2025-T2');
    expect(data.asOf).toBe('2025-08-31');
    expect(data.goals).toEqual([{ ref: 'mal-kunskap', judgement: null, comment: null }, { ref: 'mal-samverkan', judgement: null, comment: null }]);
    expect(data.indicators.map((i: { ref: string; unit: string }) => [i.ref, i.unit])).toEqual([['ind-deltagare', 'st'], ['ind-nojda', '%'], ['ind-vantetid', 'dagar']]);
    expect(data.activities).toHaveLength(6);
    expect(data.budget.map((b: { ref: string }) => b.ref)).toEqual(['kommunbidrag', 'regionbidrag', 'projektmedel', 'personal', 'lokaler', 'ovrigt']);
    // Each item's name in a comment above it.
    expect(text).toContain('  # Mål 1: Kommunernas socialtjänst använder forskning och beprövad erfarenhet\n  - ref: mal-kunskap\n');
    expect(text).toContain('  # Driftbudget 2025: Projektmedel (budget 600 tkr)\n  - ref: projektmedel\n');

    const { problems, plans } = await checkPlans(contentRoot);
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(problems.map((p) => p.code)).toEqual(Array(2 + 3 + 6 + 6).fill('uppfoljning-ej-ifylld'));
    expect(plans[0]!.followUps!.map((f) => f.title)).toEqual(['Tertialrapport 2 2025']);
  });

  it('writes the annual report’s file for a year, with its period quoted', async () => {
    const { file } = await createFollowUp({ contentRoot, plan: PLAN, period: '2025' });
    expect(path.basename(file)).toBe('uppfoljning-2025.yaml');
    expect(parse(await readFile(file, 'utf8')).period).toBe('2025');
  });

  it('refuses to overwrite, an unknown period, a period outside the plan and a missing plan', async () => {
    await createFollowUp({ contentRoot, plan: PLAN, period: '2025-H1' });
    await expect(createFollowUp({ contentRoot, plan: PLAN, period: '2025-H1' })).rejects.toThrow(new CreatePlanError(`${PLAN}/uppfoljning-2025-h1.yaml finns redan och skrivs inte över.`));
    await expect(createFollowUp({ contentRoot, plan: PLAN, period: '2025-H3' })).rejects.toThrow(/"2025-H3" är ingen period/);
    await expect(createFollowUp({ contentRoot, plan: PLAN, period: '2024-T1' })).rejects.toThrow('Perioden 2024-T1 ligger utanför planens period (2025).');
    await expect(createFollowUp({ contentRoot, plan: 'finns-inte', period: '2025' })).rejects.toThrow(/Hittar ingen plan i finns-inte/);
    await expect(createFollowUp({ contentRoot, plan: '..', period: '2025' })).rejects.toThrow(/ligger utanför mappen med planerna/);
  });

  it('says so when the plan has nothing with ids to follow up, and the file still passes check', async () => {
    await cp('test/fixtures/plans/beslut/plan.yaml', path.join(contentRoot, 'beslut', 'plan.yaml'));
    const { file, empty } = await createFollowUp({ contentRoot, plan: 'beslut', period: String(parse(await readFile(path.join(contentRoot, 'beslut', 'plan.yaml'), 'utf8')).period.start) });
    expect(empty).toBe(true);
    const data = parse(await readFile(file, 'utf8'));
    expect([data.goals, data.indicators, data.activities, data.budget]).toEqual([[], [], [], []]);
    const { problems } = await checkPlans(contentRoot, [path.join(contentRoot, 'beslut')]);
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
  });

  it('runs from the command line, and names the flags in --help', () => {
    const run = (...args: string[]) => spawnSync(process.execPath, commandArgs('new-plan', ...args), {
      encoding: 'utf8', env: { ...process.env, PLANVERK_CONTENT: contentRoot }, stdio: ['ignore', 'pipe', 'pipe'],
    });
    const made = run('--uppfoljning', PLAN, '--period', '2025-T1');
    expect(made.status, made.stderr).toBe(0);
    expect(made.stdout).toMatch(/^Skapade .*uppfoljning-2025-t1\.yaml\. Fyll i fälten och kör sedan: npm run check/);
    const again = run('--uppfoljning', PLAN, '--period', '2025-T1');
    expect(again.status).toBe(1);
    expect(again.stderr.trim()).toBe(`planverk: ${PLAN}/uppfoljning-2025-t1.yaml finns redan och skrivs inte över.`);
    const help = run('--help');
    expect(help.stdout).toContain('  --uppfoljning MAPPNAMN');
    expect(help.stdout).toContain('  --period PERIOD');
  });
});
