/**
 * The title and subtitle as both media print them (issue 19, parts 2 and 3): typeset like
 * running text (straight quotes become ” and ’, a space inside a number a no-break space),
 * and a subtitle that only repeats the title is not printed a second time.
 */
import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { planBodyHtml } from '../../src/site/plan-page/plan-body';
import { checkPlans, resolveContentRoot } from '../../src/pipeline';

async function planWith(title: string, subtitle?: string) {
  const root = await resolveContentRoot(await mkdtemp(path.join(os.tmpdir(), 'planverk-title-')));
  const dir = path.join(root, 'titelprov');
  await cp('test/fixtures/valid/minimal', dir, { recursive: true });
  const yaml = (await readFile(path.join(dir, 'plan.yaml'), 'utf8'))
    .replace(/^title: .*$/m, `title: ${JSON.stringify(title)}${subtitle === undefined ? '' : `\nsubtitle: ${JSON.stringify(subtitle)}`}`);
  await writeFile(path.join(dir, 'plan.yaml'), yaml);
  const { plans, problems } = await checkPlans(root);
  expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
  return plans[0]!;
}

describe('the title and subtitle', () => {
  it('are typeset: Swedish quotes and apostrophes, no-break spaces in numbers', async () => {
    const plan = await planWith('Plan för "Trygg hemma" 2020', "Enhetens 1 500 brukares plan");
    expect(plan.front.title).toBe('Plan för ”Trygg hemma” 2020');
    expect(plan.front.subtitle).toBe('Enhetens 1\u00a0500 brukares plan');
    const html = planBodyHtml(plan, { base: '/', pdf: false } as never);
    expect(html).toContain('Plan för ”Trygg hemma” 2020</h1>');
  });

  it('and the headings, in the table of contents too', async () => {
    const plan = await planWith('Verksamhetsplan 2020');
    const { derivePlan } = await import('../../src/derive/derive-plan');
    const source = { ...plan.plan, sections: [{ ...plan.plan.sections[0]!, title: 'Projektet "Trygg hemma" och 2 000 brukare' }, ...plan.plan.sections.slice(1)] };
    const derived = derivePlan(plan.id, source as typeof plan.plan);
    expect(derived.sections[0]!.title).toBe('Projektet ”Trygg hemma” och 2\u00a0000 brukare');
    expect(derived.toc[0]!.title).toBe(derived.sections[0]!.title);
  });

  it('leave out a subtitle that repeats the title', async () => {
    expect((await planWith('Verksamhetsplan 2020', 'Verksamhetsplan 2020')).front.subtitle).toBeUndefined();
    expect((await planWith('Verksamhetsplan för FoU Test 2020', 'FoU test')).front.subtitle).toBeUndefined();
    expect((await planWith('Verksamhetsplan 2020', 'FoU Test')).front.subtitle).toBe('FoU Test');
  });
});
