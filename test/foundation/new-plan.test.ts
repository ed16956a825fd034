import { cp, mkdtemp, readFile, readdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { createPlan, CreatePlanError } from '../../src/authoring/create-plan';
import { shiftDate } from '../../src/authoring/roll-forward';
import { checkPlans } from '../../src/pipeline';
import { formatProblem } from '../../src/problems';

let contentRoot: string;
beforeEach(async () => {
  contentRoot = await mkdtemp(path.join(os.tmpdir(), 'planverk-new-'));
});

const errorsOf = async (dir: string) =>
  (await checkPlans(contentRoot, [dir])).problems.filter((p) => p.severity === 'error').map(formatProblem);

describe('npm run new', () => {
  it.each(['verksamhetsplan', 'handlingsplan'] as const)('creates a valid plan from the %s template', async (template) => {
    const dir = await createPlan({ contentRoot, templatesRoot: 'templates', id: `ny-${template}`, template, year: 2027, organisation: 'FoU Test' });
    expect(await errorsOf(dir)).toEqual([]);
    const plan = parse(await readFile(path.join(dir, 'plan.yaml'), 'utf8'));
    expect(plan.period.start).toBe(2027);
    expect(plan.status).toBe('utkast');
  });

  it('rolls last year’s plan forward: period, dates, status, approval and activity statuses', async () => {
    await cp('test/fixtures/valid/minimal', path.join(contentRoot, 'testenheten-2020'), { recursive: true });
    const dir = await createPlan({ contentRoot, templatesRoot: 'templates', id: 'testenheten-2021', from: 'testenheten-2020', year: 2021 });
    const text = await readFile(path.join(dir, 'plan.yaml'), 'utf8');
    const plan = parse(text);
    expect(plan.period).toEqual({ start: 2021 });
    expect(plan.status).toBe('utkast');
    expect(plan.approval).toBeUndefined();
    expect(plan.title).toBe('Verksamhetsplan för Testenheten 2021');
    expect(plan.sections[0].blocks[1].events[0].date).toBe('2021-01-24');
    expect(text).toMatch(/^# yaml-language-server: \$schema=/);
    expect(await readdir(dir)).toContain('inledning.md');
    expect(await errorsOf(dir)).toEqual([]);
  });

  it('never overwrites an existing plan', async () => {
    await cp('test/fixtures/valid/minimal', path.join(contentRoot, 'finns'), { recursive: true });
    await writeFile(path.join(contentRoot, 'finns', 'plan.yaml'), 'original');
    await expect(createPlan({ contentRoot, templatesRoot: 'templates', id: 'finns', template: 'verksamhetsplan' })).rejects.toThrow(CreatePlanError);
    expect(await readFile(path.join(contentRoot, 'finns', 'plan.yaml'), 'utf8')).toBe('original');
  });

  it('rejects folder names that are not plain lower-case ids', async () => {
    await expect(createPlan({ contentRoot, templatesRoot: 'templates', id: '../utanför', template: 'verksamhetsplan' })).rejects.toThrow(/Mappnamnet "..\/utanför" kan inte bli planens adress.*--id utanfor\./);
  });

  it('moves 29 February to 28 February in a year without it', () => {
    expect(shiftDate('2020-02-29', 1)).toBe('2021-02-28');
  });
});
