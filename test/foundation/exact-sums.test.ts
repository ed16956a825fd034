/**
 * Sums are exact: taken over the decimals as written and rounded once, for display. The
 * same derived sums feed the checks, the site, the PDF and plan.json.
 */
import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { walkSections, type DerivedBlock, type DerivedPlan, type DerivedSection } from '../../src/derive/derive-plan';
import type { Block, Section } from '../../schemas';
import { compareExact, decimalOf, subtractExact, sumExact } from '../../src/shared/exact-decimal';
import { formatAmount, formatFte, formatPercent } from '../../src/shared/format-sv';
import { budgetSums, staffSums } from '../../src/shared/sums';
import { discoverPlanDirs } from '../../src/load/discover-plans';
import { checkPlans, resolveContentRoot } from '../../src/pipeline';
import { formatProblem } from '../../src/problems';
import { planJsonText } from '../../src/site/plan-json';
import { planPage } from '../../src/site/plan-page/plan-body';

const staffLines = (key: 'fte' | 'percent', values: number[]) => values.map((value, i) => ({ label: `rad ${i}`, [key]: value }));

describe('exact decimal sums', () => {
  it('sums over the decimals as written', () => {
    expect(sumExact([33.333, 33.333, 33.334])).toBe('100');
    expect(sumExact([0.1, 0.2, 0.005, 0.005])).toBe('0.31');
    expect(sumExact([0.1, 0.2])).toBe('0.3');
    expect(sumExact([2.5, 7, 8, 5.5, 2, 3, 5, 1, 1, 1.35, 1])).toBe('37.35');
    expect(sumExact([])).toBe('0');
    expect(sumExact([-409198, 0])).toBe('-409198');
  });

  it('stays exact above 2^53, where doubles round', () => {
    const max = Number.MAX_SAFE_INTEGER;
    expect(sumExact([max, 2])).toBe('9007199254740993');
    expect(max + 2).toBe(max + 1); // what the old sum gave
    expect(sumExact([max, max, max])).toBe('27021597764222973');
    expect(subtractExact(sumExact([max, 2]), sumExact([max, 1]))).toBe('1');
  });

  it('reads numbers that print with an exponent', () => {
    expect(decimalOf(1e21)).toBe('1000000000000000000000');
    expect(decimalOf(1e-7)).toBe('0.0000001');
    expect(sumExact([1e-7, 0.9999999])).toBe('1');
    expect(decimalOf(-0)).toBe('0');
  });

  it('compares exactly', () => {
    expect(compareExact('99.999', 100)).toBe(-1);
    expect(compareExact(sumExact([33.333, 33.333, 33.334]), 100)).toBe(0);
    expect(compareExact('0.31', 0.3)).toBe(1);
    expect(() => sumExact([Number.NaN])).toThrow(RangeError);
  });

  it('rounds once, for display', () => {
    const percent = staffSums({ type: 'staff', showTotal: true, lines: staffLines('percent', [33.333, 33.333, 33.334]) });
    expect(percent).toEqual({ unit: 'percent', total: '100' });
    expect(formatPercent(percent.total!)).toBe('100\u00a0%');
    const fte = staffSums({ type: 'staff', showTotal: true, lines: staffLines('fte', [0.1, 0.2, 0.005, 0.005]) });
    expect(formatFte(fte.total!)).toBe('0,31');
    expect(formatFte('3')).toBe('3,0');
    expect(formatFte('99.995')).toBe('100,0');
    expect(formatAmount('9007199254740993')).toBe('9\u00a0007\u00a0199\u00a0254\u00a0740\u00a0993');
  });

  it('gives each budget group, side and result once', () => {
    const line = (amount: number) => ({ label: 'x', amount });
    const sums = budgetSums({ type: 'budget', balanced: false, costs: [{ lines: [line(1), line(2)] }, { lines: [line(4)] }], revenues: [{ lines: [line(10)] }] });
    expect(sums).toEqual({ groups: { costs: ['3', '4'], revenues: ['10'] }, costs: '7', revenues: '10', result: '3' });
  });
});

async function checkedPlan(edit: (yaml: string) => string) {
  const root = await resolveContentRoot(await mkdtemp(path.join(os.tmpdir(), 'planverk-sums-')));
  const dir = path.join(root, 'plan');
  await cp('test/fixtures/valid/minimal', dir, { recursive: true });
  const file = path.join(dir, 'plan.yaml');
  await writeFile(file, edit(await readFile(file, 'utf8')));
  return checkPlans(root, [dir]);
}

const blocksOf = (sections: Parameters<typeof walkSections>[0]): DerivedBlock[] => [...walkSections(sections)].flatMap((s) => s.blocks);

/** Each derived block with the block as written, for comparing sums with the old arithmetic. */
function writtenAndDerived(plan: DerivedPlan): { written: Block; derived: DerivedBlock }[] {
  const written = (sections: readonly Section[]): Block[] => sections.flatMap((s) => [...(s.blocks ?? []), ...written(s.sections ?? [])]);
  const derived = (sections: readonly DerivedSection[]): DerivedBlock[] => sections.flatMap((s) => [...s.blocks, ...derived(s.sections)]);
  const all = derived(plan.sections);
  return written(plan.plan.sections).map((block, i) => ({ written: block, derived: all[i]! }));
}

describe('exact sums in a plan', () => {
  it('accepts a declared 100 % for 33,333 + 33,333 + 33,334 % and publishes 100', async () => {
    const { problems, plans } = await checkedPlan((yaml) => yaml.replace(
      /fte: 1\.0\n(\s+)- label: forskningsledare\n\s+fte: 2\.0\n\s+declaredTotal: 3\.0/,
      'percent: 33.333\n$1- label: b\n$1  percent: 33.333\n$1- label: c\n$1  percent: 33.334\n        declaredTotal: 100',
    ));
    expect(problems.map(formatProblem)).toEqual([]);
    const staff = blocksOf(plans[0]!.sections).find((b) => b.type === 'staff');
    expect(staff?.type === 'staff' && staff.sums).toEqual({ unit: 'percent', total: '100' });
    const json = JSON.parse(planJsonText(plans[0]!));
    expect(json.computed.staff[0]).toMatchObject({ unit: 'percent', total: 100 });
    // The page shows the derived sum, rounded once (it showed "Summa 99,99 %").
    const html = planPage(plans[0]!, { base: '/', withPdf: false }).html;
    const total = /<tr class="summa">(.*?)<\/tr>/.exec(html)?.[1]?.replace(/<[^>]+>/g, ' ').replace(/[ \n]+/g, ' ').trim();
    expect(total).toBe('Summa 100\u00a0%');
  });

  it('finds a budget out of balance by 1 kr above 2^53, where doubles saw a balance', async () => {
    const { problems } = await checkedPlan((yaml) => yaml
      .replace(/\n\s+declaredTotals:\n\s+costs: 2544000\n\s+revenues: 2544000/, '')
      .replace(/\n\s+declaredTotal: 2544000/, '')
      .replace(/- label: Löner\n(\s+)amount: 2544000/, '- label: Löner\n$1amount: 9007199254740991\n              - label: Övrigt\n$1amount: 2')
      .replace(/- label: Kommuner\n(\s+)amount: 2544000/, '- label: Kommuner\n$1amount: 9007199254740991\n              - label: Region\n$1amount: 1'));
    expect(problems.map((p) => p.code)).toEqual(['budget-i-obalans']);
    expect(problems[0]!.message).toContain('kostnaderna är 9\u00a0007\u00a0199\u00a0254\u00a0740\u00a0993 kr och intäkterna 9\u00a0007\u00a0199\u00a0254\u00a0740\u00a0992 kr (skillnad −1 kr)');
  });
});

describe('the content plans keep their sums', () => {
  it('gives the same sums as before for every budget, fund and staff table, and shows them as published', async () => {
    const contentRoot = await resolveContentRoot('content');
    const { plans } = await checkPlans(contentRoot, await discoverPlanDirs(contentRoot));
    expect(plans.length).toBeGreaterThanOrEqual(5);
    let compared = 0;
    for (const plan of plans) {
      const expectedFile = path.join('test/expected', `${plan.id}.json`);
      const published: string[] | undefined = (() => {
        try { return (JSON.parse(readFileSync(expectedFile, 'utf8')) as { amounts: string[] }).amounts; } catch { return undefined; }
      })();
      for (const { written, derived: block } of writtenAndDerived(plan)) {
        // The sums as the old code computed them: doubles for whole kronor, hundredths for staff.
        if (block.type === 'budget') {
          if (written.type !== 'budget') throw new Error('blocks out of step');
          const side = (groups: typeof written.costs) => groups.reduce((t, g) => t + g.lines.reduce((s, l) => s + l.amount, 0), 0);
          expect(Number(block.sums.costs)).toBe(side(written.costs));
          expect(Number(block.sums.revenues)).toBe(side(written.revenues));
          if (published) expect(published).toContain(formatAmount(block.sums.costs).replace(/\u00a0/g, ' '));
          compared++;
        }
        if (block.type === 'carriedOverFunds') {
          if (written.type !== 'carriedOverFunds') throw new Error('blocks out of step');
          expect(Number(block.sums.total)).toBe(written.lines.reduce((s, l) => s + l.amount, 0));
          if (published) expect(published).toContain(formatAmount(block.sums.total).replace(/\u00a0/g, ' '));
          compared++;
        }
        if (block.type === 'staff' && block.sums.total !== undefined) {
          if (written.type !== 'staff') throw new Error('blocks out of step');
          const hundredths = written.lines.reduce((t, l) => t + Math.round((l.fte ?? l.percent ?? 0) * 100), 0);
          expect(Number(block.sums.total)).toBe(hundredths / 100);
          compared++;
        }
      }
    }
    expect(compared).toBeGreaterThan(3);
  });
});
