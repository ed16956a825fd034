import { spawnSync } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, readdir, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { readdirSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { PLAN_KINDS, type PlanInput } from '../../schemas';
import { createPlan, CreatePlanError, defaultTemplate, parseKind } from '../../src/authoring/create-plan';
import { kindName } from '../../src/derive/plan-front';
import { shiftDate } from '../../src/authoring/roll-forward';
import { findYearMentions, yearsLeftBehind } from '../../src/authoring/year-leftovers';
import { checkPlans } from '../../src/pipeline';
import { formatProblem } from '../../src/problems';
import { commandArgs } from '../shared/command';

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

  const kinds: PlanInput['kind'][] = [...PLAN_KINDS, { annan: 'Tillsynsplan' }];
  it.each(kinds.map((kind) => [typeof kind === 'string' ? kind : kind.annan, kind] as const))('creates a valid %s with --typ: its kind, its name in the title, its template', async (_, kind) => {
    const dir = await createPlan({ contentRoot, templatesRoot: 'templates', id: 'ny-plan', kind, year: 2027, organisation: 'FoU Test' });
    expect(await errorsOf(dir)).toEqual([]);
    const plan = parse(await readFile(path.join(dir, 'plan.yaml'), 'utf8'));
    expect(plan.kind).toEqual(kind);
    const years = kind === 'flerårsplan' ? '2027–2029' : '2027';
    expect(plan.title).toBe(defaultTemplate(kind) === 'handlingsplan' ? 'Handlingsplan för TEMA' : `${kindName(kind)} för FoU Test ${years}`);
    expect(plan.period).toEqual(kind === 'flerårsplan' ? { start: 2027, end: 2029 } : { start: 2027 });
    expect(plan.status).toBe('utkast');
  });

  it('reads --typ as a listed kind or "annan: Namn", and nothing else', () => {
    expect(parseKind('Uppdragsplan')).toBe('uppdragsplan');
    expect(parseKind('verksamhetsplan med budget')).toBe('verksamhetsplan med budget');
    expect(parseKind('annan: Tillsynsplan')).toEqual({ annan: 'Tillsynsplan' });
    expect(parseKind('tillsynsplan')).toBeUndefined();
  });

  it('rolls the decisions forward as not taken, without last year’s dates, paragraphs and registry numbers, the subject’s year moved on', async () => {
    await cp('test/fixtures/plans/beslut', path.join(contentRoot, 'beslut-2025'), { recursive: true });
    const dir = await createPlan({ contentRoot, templatesRoot: 'templates', id: 'beslut-2026', from: 'beslut-2025', year: 2026 });
    const plan = parse(await readFile(path.join(dir, 'plan.yaml'), 'utf8'));
    expect(plan.decisions).toEqual([
      { body: 'socialnämnden', state: 'planerat' },
      { body: 'kommunfullmäktige', subject: 'Budgeten för 2026', state: 'planerat' },
    ]);
    expect(plan.status).toBe('utkast');
    expect(plan.title).toBe('Uppdragsplan för Exempelkommunens socialförvaltning 2026');
    expect(await errorsOf(dir)).toEqual([]);
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

  it('rolls a läsår plan forward: the wheel\'s year and dates, the staff table\'s years and values per year', async () => {
    await cp('test/fixtures/plans/arshjul-lasar', path.join(contentRoot, 'skola-2024'), { recursive: true });
    const before = parse(await readFile(path.join(contentRoot, 'skola-2024', 'plan.yaml'), 'utf8'));
    const dir = await createPlan({ contentRoot, templatesRoot: 'templates', id: 'skola-2025', from: 'skola-2024', year: 2025 });
    const plan = parse(await readFile(path.join(dir, 'plan.yaml'), 'utf8'));
    const wheel = plan.sections[0].blocks[0];
    expect(wheel.year).toBe(2025);
    expect(wheel.startMonth).toBe('augusti');
    expect(wheel.events[0].date).toBe('2025-08-12');
    expect(wheel.events.find((event: { recurs?: string }) => event.recurs === 'månadsvis')).toBeDefined();
    const [oldStaff, oldShares] = before.sections[2].blocks;
    const [staff, shares] = plan.sections[2].blocks;
    expect(staff.years).toEqual([2024, 2025, 2026]);
    // Years still in the table keep their values; the new year starts from the last one's.
    staff.lines.forEach((line: { byYear: Record<string, number> }, i: number) => {
      const old = oldStaff.lines[i].byYear;
      expect(line.byYear).toEqual({ 2024: old[2024], 2025: old[2025], 2026: old[2025] });
    });
    // Declared totals stay only for the years whose lines are unchanged.
    expect(staff.declaredTotals).toEqual({ 2024: oldStaff.declaredTotals[2024], 2025: oldStaff.declaredTotals[2025] });
    expect(shares.years).toEqual([2025, 2026]);
    expect(shares.lines[0].byYear).toEqual({ 2025: oldShares.lines[0].byYear[2025], 2026: oldShares.lines[0].byYear[2025] });
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

  describe('--fran reads only a plan inside content/', () => {
    let outside: string;
    beforeEach(async () => {
      // A valid plan outside content/, carrying a secret the new plan must never receive.
      outside = path.join(await mkdtemp(path.join(os.tmpdir(), 'planverk-new-outside-')), 'hemlig-plan');
      await cp('test/fixtures/valid/minimal', outside, { recursive: true });
      await writeFile(path.join(outside, 'plan.yaml'), `${await readFile(path.join(outside, 'plan.yaml'), 'utf8')}# HEMLIGT\n`);
    });

    const refusesFrom = async (from: string) => {
      await expect(createPlan({ contentRoot, templatesRoot: 'templates', id: 'ny-plan', from, year: 2021 }))
        .rejects.toThrow(/utanför mappen content\/.*inget skapades|Kan inte läsa planen/);
      expect(await readdir(contentRoot)).not.toContain('ny-plan');
    };

    it('refuses an absolute path outside', () => refusesFrom(outside));
    it('refuses a relative path that climbs out', () => refusesFrom(path.relative(contentRoot, outside)));
    it('refuses a link in content/ to a plan folder outside', async () => {
      await symlink(outside, path.join(contentRoot, 'lankad'));
      await refusesFrom('lankad');
    });
    it('refuses a plan in content/ whose plan.yaml is a link to a file outside', async () => {
      await mkdir(path.join(contentRoot, 'lankfil'));
      await symlink(path.join(outside, 'plan.yaml'), path.join(contentRoot, 'lankfil', 'plan.yaml'));
      await refusesFrom('lankfil');
    });
    it('refuses content/ itself', () => refusesFrom('.'));

    it('npm run new exits 1 with a Swedish message and creates nothing', () => {
      const result = spawnSync(process.execPath, commandArgs('new-plan', '--fran', outside, '--ar', '2021', '--id', 'ny-plan'), {
        encoding: 'utf8', env: { ...process.env, PLANVERK_CONTENT: contentRoot }, stdio: ['ignore', 'pipe', 'pipe'],
      });
      expect(result.status).toBe(1);
      expect(result.stderr).toMatch(/^planverk: --fran .* ligger utanför mappen content\//);
      expect(result.stdout + result.stderr).not.toContain('HEMLIGT');
      expect(readdirSync(contentRoot)).toEqual([]);
    });

    it('still rolls forward a plan reached through a link inside content/', async () => {
      await cp('test/fixtures/valid/minimal', path.join(contentRoot, 'arkiv', 'testenheten-2020'), { recursive: true });
      await symlink('arkiv/testenheten-2020', path.join(contentRoot, 'forra'));
      const dir = await createPlan({ contentRoot, templatesRoot: 'templates', id: 'testenheten-2021', from: 'forra', year: 2021 });
      expect(await errorsOf(dir)).toEqual([]);
    });
  });

  it('looks for the years the old period covered and the new one does not, as whole numbers', async () => {
    expect(yearsLeftBehind(2020, undefined, 2021, undefined)).toEqual([2020]);
    expect(yearsLeftBehind(2020, 2022, 2021, 2023)).toEqual([2020]);
    expect(yearsLeftBehind(2020, 2022, 2024, 2026)).toEqual([2020, 2021, 2022]);
    const dir = path.join(contentRoot, 'plan');
    await mkdir(dir);
    await writeFile(path.join(dir, 'plan.yaml'), 'title: Plan 2020\n# källan: 2020-talet\nbody: "12020 och 20201 är inga år, men 2019–2020 är det"\n');
    const mentions = await findYearMentions(dir, [2020]);
    expect(mentions.map((m) => [m.line, m.column, m.comment])).toEqual([[1, 13, false], [2, 11, true], [3, 45, false]]);
  });

  it('moves 29 February to 28 February in a year without it', () => {
    expect(shiftDate('2020-02-29', 1)).toBe('2021-02-28');
  });

  describe('its flags', () => {
    const run = (...args: string[]) => spawnSync(process.execPath, commandArgs('new-plan', ...args), {
      encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'],
    });
    it('--help prints a Swedish usage text naming every flag and exits 0', () => {
      const result = run('--help');
      expect(result.status, result.stderr).toBe(0);
      expect(result.stdout).toMatch(/^Användning: npm run new -- \[flaggor\]/);
      for (const flag of ['--id', '--ar', '--organisation', '--mall', '--typ', '--fran', '--help']) expect(result.stdout).toContain(`  ${flag}`);
      expect(result.stdout).toContain('uppdragsplan');
    });
    it('an unknown flag, a flag without its value or a loose argument is a Swedish message and exit 1, not an internal error', () => {
      for (const [args, message] of [
        [['--hjalp'], 'planverk: Okänd flagga --hjalp. Se npm run new -- --help.'],
        [['--ar'], 'planverk: Flaggan --ar behöver ett värde, t.ex. --ar 2027. Se npm run new -- --help.'],
        [['fou-jamt-2027'], 'planverk: Oväntat argument utan flagga. Se npm run new -- --help.'],
      ] as const) {
        const result = run(...args);
        expect(result.status, args.join(' ')).toBe(1);
        expect(result.stderr.trim()).toBe(message);
      }
    });
  });
});
