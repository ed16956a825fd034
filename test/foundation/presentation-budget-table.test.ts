/**
 * Budget tables over several years (budgetTable) on the fixture test/fixtures/plans/flerarsbudget:
 * schema, derived headers, subtotals, net and change columns, plan.json numbers, declared
 * totals checked within the tolerance, and the PDF printing the same headers and numbers
 * inside the page.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { planSchema } from '../../schemas';
import type { DerivedBlockOf } from '../../src/derive/block-derivers';
import { walkSections, type DerivedPlan } from '../../src/derive/derive-plan';
import type { Cell, TablePart } from '../../src/derive/presentation';
import { renderPlanPdf } from '../../src/pdf';
import { TABLE } from '../../src/shared/words-sv';
import { checkPlans, resolveContentRoot } from '../../src/pipeline';
import { formatProblem } from '../../src/problems';
import { planComputedNumbers } from '../../src/site/plan-json';

let plan: DerivedPlan;
let pdfFile = '';

const blocks = () => [...walkSections(plan.sections)].flatMap((s) => s.blocks).filter((b): b is DerivedBlockOf<'budgetTable'> => b.type === 'budgetTable');
const table = (i: number) => blocks()[i]!.parts.find((p): p is TablePart => p.kind === 'table')!;
const text = (cell: Cell) => (cell.lines.length ? cell.lines.map((l) => l.text).join(' ') : `[${cell.emptyLabel}]`);
const rowTexts = (part: TablePart) => [...part.groups.flatMap((g) => g.rows), ...part.footer].map((r) => r.cells.map(text).join(' | ').replace(/[\u00a0\u202f]/g, ' '));
const squash = (s: string) => s.replace(/[\s\u00a0\u202f\u00ad]/g, '');

beforeAll(async () => {
  const root = await resolveContentRoot('test/fixtures/plans');
  const result = await checkPlans(root, [path.join(root, 'flerarsbudget')]);
  expect(result.problems.map(formatProblem)).toEqual([]);
  plan = result.plans[0]!;
  pdfFile = path.join(mkdtempSync(path.join(tmpdir(), 'planverk-budgettabell-')), 'plan.pdf');
  writeFileSync(pdfFile, await renderPlanPdf(plan, root));
}, 120_000);

describe('budgetTable in the model', () => {
  it('derives typed and change headers, the unit once and a wide variant', () => {
    const wide = table(0);
    expect(wide.columns.map((c) => c.header)).toEqual([
      'Post', 'Bokslut 2021', 'Budget 2022', 'Budget 2023', 'Plan 2024', 'Plan 2025', 'Förändring 2022–2023 (tkr)', 'Förändring 2022–2023 (%)',
    ]);
    expect(wide.captionDetail).toBe('Belopp i tkr');
    expect(wide.variant).toBe('belopp-bred');
    expect(table(1).columns.map((c) => c.header)).toEqual(['Post', 'Budget', 'Utfall', 'Avvikelse']);
    expect(table(1).captionDetail).toBe('Belopp i mnkr');
    expect(table(1).variant).toBe('belopp');
  });

  it('computes subtotals, the net line and changes (difference and percent with one decimal)', () => {
    const rows = rowTexts(table(0));
    expect(rows).toContain('Summa intäkter | 59 450 | 60 930 | 62 055 | 63 200 | 64 980 | 1 125 | 1,8 %');
    expect(rows).toContain('Summa kostnader | −66 573 | −68 138 | −70 534 | −72 151 | −74 007 | −2 396 | −3,5 %');
    expect(rows.at(-1)).toBe('Nettokostnad | −7 123 | −7 208 | −8 479 | −8 951 | −9 027 | −1 271 | −17,6 %');
    expect(rows).toContain('Riktade statsbidrag | 3 108 | 2 950 | 2 400 | 1 800 | 1 800 | −550 | −18,6 %');
  });

  it('keeps mnkr decimals exactly and computes Avvikelse with costs positive', () => {
    const rows = rowTexts(table(1));
    expect(rows).toContain('Hemtjänst | 42,5 | 44,15 | 1,65');
    expect(rows).toContain('Nyetablering dagverksamhet | 0 | 0,4 | 0,4');
    // One group and no loose lines, with a named total: the total row under that name replaces
    // the group's subtotal, which would repeat it (docs/beslut.md).
    expect(rows.at(-1)).toBe('Nettokostnad | 127,5 | 129,8 | 2,3');
    expect(rows.filter((r) => r.startsWith('Summa verksamheter'))).toEqual([]);
  });

  it('expresses a net-only table; a percentage of a zero base is a labelled dash', () => {
    const rows = rowTexts(table(2));
    expect(rows).toEqual([
      'Intäkter | 0 | 185 000 | [Kan inte beräknas, jämförelsevärdet är noll]',
      'Kostnader | 1 240 000 | 1 312 500 | 5,8 %',
      'Nettokostnad | 1 240 000 | 1 127 500 | −9,1 %',
    ]);
  });

  it('publishes the sums per column in plan.json', () => {
    const computed = (JSON.parse(JSON.stringify(planComputedNumbers(plan))) as ReturnType<typeof planComputedNumbers>).budgetTables as unknown as { title: string; unit: string; total: Record<string, number>; groups: { title: string }[] }[];
    expect(computed.map((t) => t.title)).toEqual(['Driftbudget 2023 med plan 2024–2025', 'Budget och utfall 2022 per verksamhet', 'Nettobudget för kost och städ']);
    expect(computed[0]!.unit).toBe('tkr');
    expect(computed[0]!.total).toEqual({ bo2021: -7123, bu2022: -7208, bu2023: -8479, pl2024: -8951, pl2025: -9027 });
    expect(computed[0]!.groups.map((g) => g.title)).toEqual(['Intäkter', 'Kostnader']);
    expect(computed[1]!.total).toEqual({ budget: 127.5, utfall: 129.8 });
  });
});

describe('budgetTable in the schema', () => {
  const base = { title: 'T', kind: 'verksamhetsplan', organisation: { name: 'O' }, period: { start: 2023 }, status: 'utkast', sections: [{ id: 's', title: 'S', blocks: [] as unknown[] }] };
  const withBlock = (block: unknown) => ({ ...base, sections: [{ ...base.sections[0]!, blocks: [block] }] });
  it('accepts decimals and rejects an unknown unit or column kind with a Swedish message', () => {
    const ok = { type: 'budgetTable', title: 'B', unit: 'mnkr', columns: [{ id: 'a', kind: 'budget' }], lines: [{ id: 'r', label: 'R', values: { a: 1.25 } }] };
    expect(planSchema.safeParse(withBlock(ok)).success).toBe(true);
    expect(planSchema.safeParse(withBlock({ ...ok, unit: 'Mkr' })).success).toBe(false);
    const bad = planSchema.safeParse(withBlock({ ...ok, columns: [{ id: 'a', kind: 'kalkyl' }] }));
    expect(bad.success).toBe(false);
    expect(planSchema.safeParse(withBlock({ ...ok, lines: [{ label: 'R', values: { a: 1 } }] })).success).toBe(false);
  });
});

describe('budgetTable in the PDF', () => {
  it('prints the same headers and numbers as the model', () => {
    const pdf = squash(execFileSync('pdftotext', [pdfFile, '-'], { encoding: 'utf8' }));
    for (const i of [0, 1, 2]) {
      const part = table(i);
      for (const header of part.columns.map((c) => c.header)) for (const word of header.split(' ')) expect(pdf).toContain(squash(word));
      for (const row of [...part.groups.flatMap((g) => g.rows), ...part.footer]) {
        for (const cell of row.cells.slice(1)) for (const line of cell.lines) expect(pdf).toContain(squash(line.text));
      }
    }
    expect(pdf).toContain(squash('Belopp i tkr'));
    expect(pdf).toContain(squash('Nettokostnad'));
  });

  it('prints a dash where a change cannot be computed, as the site does', () => {
    const layout = execFileSync('pdftotext', ['-layout', pdfFile, '-'], { encoding: 'utf8' });
    const revenues = layout.split('\n').find((line) => /^\s*Intäkter\s+0\s+185\s000/.test(line));
    expect(revenues, 'the net table\'s revenue line').toBeDefined();
    expect(revenues!.trim().endsWith(TABLE.dash)).toBe(true);
  });

  it('keeps the wide table inside the page (pdftotext -bbox)', () => {
    const bbox = execFileSync('pdftotext', ['-bbox', pdfFile, '-'], { encoding: 'utf8' });
    const pages = [...bbox.matchAll(/<page width="([\d.]+)" height="([\d.]+)">([\s\S]*?)<\/page>/g)];
    expect(pages.length).toBeGreaterThan(0);
    let seen = 0;
    for (const [, width, , body] of pages) {
      for (const word of body!.matchAll(/<word xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)"[^>]*>([^<]*)<\/word>/g)) {
        expect(Number(word[1]), word[3]).toBeGreaterThanOrEqual(20);
        expect(Number(word[2]), word[3]).toBeLessThanOrEqual(Number(width) - 20);
        if (word[3]!.startsWith('−17,6')) seen++;
      }
    }
    expect(seen).toBeGreaterThan(0);
  });
});
