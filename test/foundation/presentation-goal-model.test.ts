/**
 * The goal model block (goalModel): the schema and checks with their messages and lines,
 * and the table derive decides for the malstyrning fixture (column order and headers as
 * the plan writes them, a goal's cell spanning its indicators, perspectives as groups,
 * Swedish numbers with units, Kolada links).
 */
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { planSchema, type PlanInput } from '../../schemas';
import { koladaUrl } from '../../src/blocks/goal-model/derive';
import type { DerivedBlockOf } from '../../src/derive/block-derivers';
import { walkSections, type DerivedPlan } from '../../src/derive/derive-plan';
import type { Cell, TablePart } from '../../src/derive/presentation';
import { checkPlans, resolveContentRoot } from '../../src/pipeline';
import { formatProblem } from '../../src/problems';

const ROOT = path.resolve(import.meta.dirname, '../..');
const cellText = (cell: Cell) => cell.lines.map((l) => (l.label ? `${l.label} ${l.text}` : l.text)).join(' | ');

let derived: DerivedPlan;
let table: TablePart;
let activities: TablePart | undefined;

beforeAll(async () => {
  const root = await resolveContentRoot(path.join(ROOT, 'test/fixtures/plans'));
  const { plans, problems } = await checkPlans(root, [path.join(root, 'malstyrning')]);
  expect(problems.map(formatProblem)).toEqual([]);
  derived = plans[0]!;
  const block = [...walkSections(derived.sections)].flatMap((s) => s.blocks).find((b) => b.type === 'goalModel') as DerivedBlockOf<'goalModel'>;
  const tables = block.parts.filter((p): p is TablePart => p.kind === 'table');
  table = tables[0]!;
  activities = tables[1];
}, 60_000);

describe('goal model: derived table of the malstyrning fixture', () => {
  it('keeps the plan own column order and headers', () => {
    expect(table.columns.map((c) => c.header)).toEqual(['Mål', 'Indikator', 'Målvärde per år', 'Frekvens', 'Uppföljning och källa', 'Ansvarig']);
    expect(table.caption?.text).toBe('Socialnämndens mål och indikatorer 2025–2026');
  });

  it('groups the goals by the plan perspectives in the plan order, with all twelve indicators', () => {
    expect(table.groups.map((g) => g.heading)).toEqual(['Medborgare', 'Verksamhet', 'Medarbetare', 'Ekonomi']);
    const rows = table.groups.flatMap((g) => g.rows);
    // One row per indicator, plus one for each goal without indicators (three fullmäktige goals).
    expect(rows).toHaveLength(12 + 3);
  });

  it('lets a goal cell span its indicator rows and names its level', () => {
    const medborgare = table.groups[0]!.rows;
    const kf = medborgare[0]!.cells[0]!;
    expect(kf.header).toBe(true);
    expect(kf.rowSpan).toBeUndefined();
    expect(cellText(kf)).toBe('Fullmäktiges mål | Invånarna i Exempelby får en trygg och tillgänglig omsorg med hög kvalitet');
    // A goal without indicators: every other column, the responsible too, is a dash with a reason.
    for (const cell of medborgare[0]!.cells.slice(1)) expect(cell.lines.length === 0 && cell.emptyLabel !== undefined).toBe(true);
    const nm = medborgare[1]!.cells[0]!;
    expect(nm.rowSpan).toBe(3);
    expect(cellText(nm)).toMatch(/^Nämndens mål \| Brukarna i hemtjänsten/);
    expect(medborgare[2]!.cells).toHaveLength(5);
    expect(medborgare[3]!.cells).toHaveLength(5);
  });

  it('formats targets per year with the unit, the follow-up with frequency and source, and the responsible', () => {
    const row = table.groups[0]!.rows[1]!;
    expect(row.cells.map(cellText)).toEqual([
      expect.stringMatching(/^Nämndens mål/),
      'Brukarbedömning hemtjänst äldreomsorg – helhetssyn, andel (%)',
      '2025: 88\u00a0% | 2026: 90\u00a0%',
      'Årligen',
      `Årligen | [Kolada U21468](${koladaUrl('U21468')})`,
      'Verksamhetschef äldreomsorg',
    ]);
    const budget = table.groups[3]!.rows[1]!;
    expect(cellText(budget.cells[2]!)).toBe('2025: 0\u00a0mnkr | 2026: 0\u00a0mnkr');
    const cost = table.groups[3]!.rows[2]!;
    // A row under a spanning goal cell starts with the indicator.
    expect(cellText(cost.cells[1]!)).toBe('2025: 305\u00a0000\u00a0kr | 2026: 300\u00a0000\u00a0kr');
    const survey = table.groups[1]!.rows[1]!;
    expect(cellText(survey.cells[4]!)).toBe('Per kvartal | Egen enkät: Egen genomgång av akter (stickprov)');
    const kontinuitet = table.groups[0]!.rows[3]!;
    expect(cellText(kontinuitet.cells[4]!)).toBe('Enhetschefer hemtjänst');
  });

  it('links Kolada key figures to their public page on kolada.se', () => {
    expect(koladaUrl('N00945')).toBe('https://www.kolada.se/verktyg/fri-sokning/?kpis=N00945');
  });

  it('lists the activities in a table of their own when the columns leave them out', () => {
    expect(activities?.columns.map((c) => c.header)).toEqual(['Mål', 'Aktivitet', 'Ansvarig', 'Status']);
    const rows = activities!.groups.flatMap((g) => g.rows);
    expect(rows).toHaveLength(6);
    expect(rows[0]!.cells.map(cellText)).toEqual([
      'Brukarna i hemtjänsten och på särskilt boende är nöjda med stödet',
      'Införa fast omsorgskontakt för alla brukare med hemtjänst.',
      'Enhetschefer hemtjänst',
      'Påbörjad',
    ]);
  });
});

describe('goal model: the schema', () => {
  const base = (block: Record<string, unknown>) => ({
    title: 'T', kind: 'verksamhetsplan', organisation: { name: 'O' }, period: { start: 2025 }, status: 'utkast',
    sections: [{ title: 'Mål', blocks: [{ type: 'goalModel', levels: ['Nämndens mål'], goals: [{ id: 'm', title: 'Mål', indicators: [{ id: 'i', name: 'I', ...block }] }] }] }],
  }) as PlanInput;

  it('accepts a Kolada id of one capital letter and five digits, and nothing else', () => {
    expect(planSchema.safeParse(base({ source: { kolada: 'U00402' } })).success).toBe(true);
    for (const bad of ['N945', 'n00945', 'N009451', 'NN0945']) {
      const result = planSchema.safeParse(base({ source: { kolada: bad } }));
      expect(result.success, bad).toBe(false);
    }
  });

  it('accepts targets per year and the listed directions and frequencies', () => {
    expect(planSchema.safeParse(base({ targets: { 2025: 80, 2026: 85 }, direction: 'lägre är bättre', frequency: 'tertial' })).success).toBe(true);
    expect(planSchema.safeParse(base({ frequency: 'veckovis' })).success).toBe(false);
  });
});
