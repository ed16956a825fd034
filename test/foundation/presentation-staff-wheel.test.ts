/**
 * Staff per year and the annual wheel of a läsår in the presentation model, from the
 * made-up fixture test/fixtures/plans/arshjul-lasar: columns per year with a computed change
 * and sums, `showTotal: false` in both media, a wheel that starts in augusti with recurring
 * events drawn as bands, events without a fixed time kept apart, a wheel given only as a list.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { planSchema, type PlanInput, type Staff, type Wheel } from '../../schemas';
import { MONTHS } from '../../schemas/primitives';
import { derivePlan, walkSections, type DerivedBlock, type DerivedPlan } from '../../src/derive/derive-plan';
import type { FigurePart, ListPart, Part, TablePart } from '../../src/derive/presentation';
import { wheelGeometry } from '../../src/derive/wheel-geometry';
import { renderPlanPdf } from '../../src/pdf';
import { checkPlans, resolveContentRoot } from '../../src/pipeline';
import { subtractExact } from '../../src/shared/exact-decimal';
import { formatFte } from '../../src/shared/format-sv';
import { STAFF, WHEEL } from '../../src/shared/words-sv';
import { planBodyHtml } from '../../src/site/plan-page/plan-body';

const ROOT = path.resolve(import.meta.dirname, '../..');
const OUTPUT_DIR = path.join(ROOT, 'test-output/foundation');

type ViewBlock = Extract<DerivedBlock, { parts: Part[] }>;
const viewBlocks = (derived: DerivedPlan, type: string): ViewBlock[] =>
  [...walkSections(derived.sections)].flatMap((section) => section.blocks).filter((block): block is ViewBlock => 'parts' in block && block.type === type);
const writtenOf = <T>(derived: DerivedPlan, type: string): T[] =>
  derived.plan.sections.flatMap((section) => (section.blocks ?? []).filter((block) => block.type === type)) as T[];
const tableOf = (parts: readonly Part[]): TablePart => parts.find((part): part is TablePart => part.kind === 'table')!;
const texts = (row: { cells: { lines: { text: string }[] }[] }) => row.cells.map((cell) => cell.lines.map((line) => line.text).join(' '));
const normalizeSpace = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ').replace(/\s+/g, ' ').trim();
const siteText = (html: string) => normalizeSpace(html.replace(/<[^>]+>/g, ' ').replace(/&amp;/g, '&'));
const fte = (value: number | string) => `${formatFte(value)} ${STAFF.fteUnit}`;

let derived: DerivedPlan;
let contentRoot: string;
beforeAll(async () => {
  contentRoot = await resolveContentRoot(path.join(ROOT, 'test/fixtures/plans'));
  const { plans, problems } = await checkPlans(contentRoot, [path.join(contentRoot, 'arshjul-lasar')]);
  expect(problems).toEqual([]);
  derived = plans[0]!;
});

describe('staff per year', () => {
  it('has a column per year and the change from the year before the last, with the sign', () => {
    const [written] = writtenOf<Staff>(derived, 'staff');
    const [view] = viewBlocks(derived, 'staff');
    const table = tableOf(view!.parts);
    expect(table.columns.map((column) => column.header)).toEqual([STAFF.role, '2023', '2024', '2025', STAFF.change(2024, 2025)]);
    expect(table.columns.slice(1).every((column) => column.numeric)).toBe(true);
    const rows = table.groups[0]!.rows;
    expect(rows).toHaveLength(written!.lines.length);
    rows.forEach((row, i) => {
      const byYear = written!.lines[i]!.byYear!;
      const change = subtractExact(byYear['2025']!, byYear['2024']!);
      const sign = Number(change) > 0 ? '+' : '';
      expect(texts(row)).toEqual([written!.lines[i]!.label, fte(byYear['2023']!), fte(byYear['2024']!), fte(byYear['2025']!), `${sign}${fte(change)}`]);
    });
    // Swedish sign and decimals: a fall is written with U+2212, a rise with "+", no change "0,0".
    const change = rows.map((row) => texts(row).at(-1)!);
    expect(change).toContain('−2,75 åa');
    expect(change).toContain('+1,5 åa');
    expect(change).toContain('0,0 åa');
    // Sums per year column, and the sums' change; the source's declared totals agree.
    expect(table.footer.map(texts)).toEqual([[STAFF.total, ...['2023', '2024', '2025'].map((year) => fte(written!.declaredTotals![year]!)), '−3,25 åa']]);
    expect(view!.parts.map((part) => part.kind)).toEqual(['table', 'note']);
  });

  it('leaves out the sum row when showTotal is false, in the model and in both media', async () => {
    const [, written] = writtenOf<Staff>(derived, 'staff');
    expect(written!.showTotal).toBe(false);
    const [, view] = viewBlocks(derived, 'staff');
    const table = tableOf(view!.parts);
    expect(table.footer).toEqual([]);
    expect(table.columns.map((column) => column.header)).toEqual([STAFF.role, '2024', '2025', STAFF.change(2024, 2025)]);
    // Single-year tables too (the rule was there; now it is proven).
    const single = derivePlan('p', planSchema.parse({
      title: 'T', kind: 'verksamhetsplan', organisation: { name: 'O' }, period: { start: 2020 }, status: 'utkast',
      sections: [{ title: 'P', blocks: [{ type: 'staff', showTotal: false, lines: [{ label: 'a', fte: 1 }, { label: 'b', fte: 2 }] }] }],
    } satisfies PlanInput));
    expect(tableOf(viewBlocks(single, 'staff')[0]!.parts).footer).toEqual([]);

    // Both media: the first table's sum row is printed once, the second table has none.
    const html = planBodyHtml(derived, { base: '/', withPdf: false });
    const siteTables = [...html.matchAll(/<table class="tabell belopp"[\s\S]*?<\/table>/g)].map((match) => siteText(match[0]));
    expect(siteTables).toHaveLength(2);
    expect(siteTables[0]).toContain(`${STAFF.total} 351,75 åa 344,0 åa 340,75 åa −3,25 åa`);
    expect(siteTables[1]).not.toContain(STAFF.total);
    const pdf = await pdfText();
    const second = pdf.slice(pdf.indexOf(written!.title!));
    expect(second).toContain('Förstelärare i matematik');
    expect(second.slice(0, second.indexOf('Aktiviteter'))).not.toContain(STAFF.total);
    expect(pdf).toContain(`${STAFF.total} 351,75 åa 344,0 åa 340,75 åa −3,25 åa`);
  }, 60_000);
});

describe('the läsår wheel', () => {
  it('starts at augusti, greys out juli and reads "läsåret 2024/25"', () => {
    const [view] = viewBlocks(derived, 'wheel');
    const figure = view!.parts[0] as FigurePart;
    expect(figure.kind).toBe('figure');
    expect(figure.caption).toEqual({ text: 'Årshjul läsåret 2024/25' });
    if (figure.content.kind !== 'wheel') throw new Error('the wheel should be drawn');
    const drawing = figure.content.drawing;
    expect(drawing.year).toBe('2024/25');
    // The month drawn first from the top (its middle at 15°) is augusti; juli is last and outside.
    expect(drawing.months.find((month) => month.angle === 15)!.name).toBe('augusti');
    expect(drawing.months.find((month) => month.angle === 345)!.name).toBe('juli');
    expect(drawing.months.filter((month) => !month.inPeriod).map((month) => month.name)).toEqual(['juli']);
    expect(drawing.outsideExplanation).toBe(WHEEL.outsideExplanation('augusti', 'juni'));
    expect(drawing.bandExplanation).toBe(WHEEL.bandExplanation);
  });

  it('numbers the drawn events from augusti, recurring ones last, and keeps the undated ones apart', () => {
    const [written] = writtenOf<Wheel>(derived, 'wheel');
    const [view] = viewBlocks(derived, 'wheel');
    // Every number has room in the drawing (no note before the table); the key beside it gives the titles.
    expect(view!.parts.map((part) => part.kind)).toEqual(['figure', 'table', 'note', 'leadIn', 'list']);
    const table = tableOf(view!.parts);
    expect(table.caption).toEqual({ text: 'Händelser i årshjulet läsåret 2024/25' });
    const when = table.groups[0]!.rows.map((row) => texts(row)[1]);
    expect(when).toEqual(['12 augusti', '19 augusti', 'november–februari', 'mars', 'våren', '11 juni', '13 juni', 'Varje månad', 'Varje tertial', 'Varje vecka']);
    const undated = written!.events.filter((event) => event.undated || event.timesPerYear !== undefined);
    const list = view!.parts[4] as ListPart;
    expect(list.items.map((item) => item.text?.text)).toEqual(undated.map((event) => (event.undated ? event.title : `${event.title} – ${WHEEL.timesPerYear(event.timesPerYear!)}`)));
    expect(view!.parts[3]).toEqual({ kind: 'leadIn', text: WHEEL.undated });
  });

  it('draws a monthly event as one mark of a piece per month in the period, not as invented dated events', () => {
    const [written] = writtenOf<Wheel>(derived, 'wheel');
    const geometry = wheelGeometry(written!, 2024);
    const markOf = (recurs: string) => geometry.marks.find((mark) => written!.events[mark.eventIndex]!.recurs === recurs)!;
    const pieces = (recurs: string) => markOf(recurs).path!.split('M').length - 1;
    expect(geometry.marks).toHaveLength(written!.events.length - geometry.undated.length);
    expect(markOf('månadsvis').kind).toBe('band');
    // augusti–juni: a piece in each of the eleven months, none in juli.
    expect(pieces('månadsvis')).toBe(11);
    // Three tertials; maj–augusti is cut where the period ends (juni) and goes on in augusti at the top.
    expect(pieces('tertial')).toBe(4);
    // Every week: one band over the period.
    expect(pieces('veckovis')).toBe(1);
  });

  it('gives a wheel shown only as a list no drawing, but its table and "Under året"', () => {
    const [, view] = viewBlocks(derived, 'wheel');
    expect(view!.parts.map((part) => part.kind)).toEqual(['table', 'leadIn', 'list']);
    expect(tableOf(view!.parts).caption).toEqual({ text: 'Händelser i årshjulet verksamhetsåret 2024/25' });
    expect(texts(tableOf(view!.parts).groups[0]!.rows[0]!)[1]).toBe('september');
  });

  it('prints the same words on the site and in the PDF, and no drawing for the list', async () => {
    const html = planBodyHtml(derived, { base: '/', withPdf: false });
    expect(html.match(/<svg class="arshjul"/g)).toHaveLength(1);
    const site = siteText(html);
    const pdf = await pdfText();
    const words = ['Årshjul läsåret 2024/25', 'Händelser i årshjulet läsåret 2024/25', 'Händelser i årshjulet verksamhetsåret 2024/25',
      WHEEL.bandExplanation, WHEEL.outsideExplanation('augusti', 'juni'), WHEEL.undated, WHEEL.undatedIntro, 'Varje månad', 'Varje tertial', 'Varje vecka',
      'Nätverksträffar för elevhälsan – fyra gånger under året', 'Besök av skolinspektionen', 'Internkontroll', STAFF.change(2024, 2025)];
    for (const word of words) {
      expect(site, word).toContain(word);
      expect(pdf, word).toContain(word);
    }
    expect(site).toContain('2024/25');
    for (const month of MONTHS) expect(html).toContain(`data-manad="${month}"`);
  }, 60_000);
});

let pdfCache: string | undefined;
async function pdfText(): Promise<string> {
  if (pdfCache) return pdfCache;
  mkdirSync(OUTPUT_DIR, { recursive: true });
  const file = path.join(OUTPUT_DIR, 'presentation-arshjul-lasar.pdf');
  writeFileSync(file, await renderPlanPdf(derived, contentRoot));
  pdfCache = normalizeSpace(execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }));
  return pdfCache;
}
