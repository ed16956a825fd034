/**
 * The presentation model of the text, table, goal and area-budget blocks: what derive
 * decides (lead-ins, numbers, titles, captions, facts) on the content plans and on small
 * plans, and that the site and the PDF print the same words for them.
 */
import { typeset } from '../../src/markdown/plain-text';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { planSchema, type PlanInput } from '../../schemas';
import { derivePlan, type DerivedPlan } from '../../src/derive/derive-plan';
import { planLookups } from '../../src/derive/plan-lookups';
import type { Cell, FactsPart, ListItem, ListPart, Part, TablePart } from '../../src/derive/presentation';
import { renderPlanPdf } from '../../src/pdf';
import { checkPlans } from '../../src/pipeline';
import { formatKronor } from '../../src/shared/format-sv';
import { AGENDA_2030, BUDGET, CORE_AREA, GOALS, TABLE } from '../../src/shared/words-sv';
import { planBodyHtml } from '../../src/site/plan-page/plan-body';
import { normalizeSpace, pdfText } from '../pdf/harness';
import { blocksOf, writtenBlocks } from '../shared/plan-blocks';

const ROOT = path.resolve(import.meta.dirname, '../..');
const OUT = path.join(ROOT, 'test-output/presentation-goals');

const plan = (sections: PlanInput['sections']) =>
  planSchema.parse({ title: 'T', kind: 'verksamhetsplan', organisation: { name: 'O' }, period: { start: 2021 }, status: 'utkast', sections });

const only = <K extends Part['kind']>(parts: readonly Part[], kind: K) => parts.filter((p): p is Extract<Part, { kind: K }> => p.kind === kind);
const kinds = (parts: readonly Part[]) => parts.map((p) => (p.kind === 'leadIn' ? `leadIn:${p.text}` : p.kind));
const cellText = (cell: Cell) => cell.lines.map((l) => l.text).join(' ');

let content: Map<string, DerivedPlan>;

beforeAll(async () => {
  const result = await checkPlans(path.join(ROOT, 'content'));
  content = new Map(result.plans.map((p) => [p.id, p]));
}, 60_000);

describe('derived parts on the content plans', () => {
  it('strategic goals (fourum): a numbered list of the plan titles, numbered as the lookups number them, anchored by id', () => {
    const derived = content.get('fourum-jonkoping-2021-2023')!;
    const lookups = planLookups(derived.plan);
    const written = writtenBlocks(derived, 'strategicGoals');
    const views = blocksOf(derived, 'strategicGoals');
    expect(views).toHaveLength(written.length);
    views.forEach((view, b) => {
      const [list] = view.parts as ListPart[];
      expect(view.parts.map((p) => p.kind)).toEqual(['list']);
      expect(list!.items.map((i) => i.title)).toEqual(written[b]!.goals.map((g) => g.title));
      expect(list!.items.map((i) => i.anchor)).toEqual(written[b]!.goals.map((g) => g.id));
      expect(list!.items.map((i) => i.number)).toEqual(written[b]!.goals.map((g) => lookups.strategicGoal(g.id)!.number));
      // No Agenda 2030 goals are given in this plan, so no detail line is invented.
      expect(list!.items.filter((i) => i.detail)).toEqual(written[b]!.goals.filter((g) => g.agenda2030?.length));
    });
  });

  it('result goals (nordväst): lead-ins, the impact goal, then the numbered goals with their descriptions', () => {
    const derived = content.get('fou-nordvast-2021')!;
    const [written] = writtenBlocks(derived, 'resultGoals');
    const [view] = blocksOf(derived, 'resultGoals');
    expect(kinds(view!.parts)).toEqual([`leadIn:${GOALS.impactGoal}`, 'prose', `leadIn:${GOALS.resultGoals}`, 'list']);
    expect(only(view!.parts, 'prose')[0]!.markdown).toBe(written!.impactGoal);
    const items = only(view!.parts, 'list')[0]!.items;
    expect(items.map((i) => [i.number, i.title, i.body, i.anchor])).toEqual(written!.goals.map((g, i) => [i + 1, g.title, g.description, g.id]));
  });

  it('core areas (jämt): goals, the plan\'s own introduction as lead-in, nested activities, the prioritised table', () => {
    const derived = content.get('fou-jamt-2020')!;
    const written = writtenBlocks(derived, 'coreArea');
    const views = blocksOf(derived, 'coreArea');
    expect(views).toHaveLength(4);
    views.forEach((view, b) => {
      const block = written[b]!;
      expect(kinds(view.parts)).toEqual([`leadIn:${CORE_AREA.goals}`, 'list', `leadIn:${block.goalsIntro}`, 'list', 'table']);
      const [goals, activities] = only(view.parts, 'list');
      expect(goals!.items.map((i) => i.text)).toEqual(block.goals.map((g) => ({ text: g, markdown: true })));
      expect(activities!.items).toHaveLength(block.activities.length);
      const table = only(view.parts, 'table')[0]!;
      expect(table.columns.map((c) => c.header)).toEqual([CORE_AREA.activity, CORE_AREA.prioritised]);
      expect(table.caption).toBeUndefined();
      const rows = table.groups.flatMap((g) => g.rows);
      expect(rows.map((r) => cellText(r.cells[0]!))).toEqual(block.prioritised!.map((p) => p.activity));
      expect(rows.map((r) => r.cells[0]!.header)).toEqual(block.prioritised!.map(() => true));
      expect(rows.map((r) => r.cells[1]!.list!.length)).toEqual(block.prioritised!.map((p) => p.items.length));
    });
    // Nested bullets keep their depth: "Genomföra pågående uppdrag:" has sub-items with sub-items.
    const deep = (items: readonly ListItem[]): number => Math.max(0, ...items.map((i) => 1 + deep(i.items ?? [])));
    const prioritisedDepth = views.flatMap((v) => only(v.parts, 'table')[0]!.groups[0]!.rows.map((r) => deep(r.cells[1]!.list!)));
    expect(Math.max(...prioritisedDepth)).toBe(3);
  });

  it('area budgets (fourum): "cirka" only where the plan says approximate, no budget line without an amount', () => {
    const derived = content.get('fourum-jonkoping-2021-2023')!;
    const written = writtenBlocks(derived, 'areaBudget');
    const views = blocksOf(derived, 'areaBudget');
    expect(views.length).toBeGreaterThan(5);
    views.forEach((view, b) => {
      const block = written[b]!;
      const facts = only(view.parts, 'facts')[0]?.facts ?? [];
      const budget = facts.find((f) => f.label === BUDGET.area(block.year));
      if (block.amount === undefined) expect(budget).toBeUndefined();
      else expect(budget!.value).toBe(block.approximate ? `${BUDGET.approximately} ${formatKronor(block.amount)}` : formatKronor(block.amount));
      const funding = facts.find((f) => f.label === BUDGET.funding);
      expect(funding?.value).toBe(block.funding.length ? typeset(block.funding.join(', ')) : undefined);
      // The facts come first, then the plan's text.
      expect(view.parts.at(-1)).toEqual({ kind: 'prose', markdown: block.text });
    });
    expect(written.some((b) => b.amount === undefined)).toBe(true);
    expect(written.some((b) => b.amount !== undefined && !b.approximate)).toBe(true);
  });

  it('the generic table (ebp): "Tabell N", the plan\'s caption as Markdown, its id as anchor, its columns', () => {
    const derived = content.get('fou-jamt-handlingsplan-ebp')!;
    const [written] = writtenBlocks(derived, 'table');
    const [view] = blocksOf(derived, 'table');
    const [table] = view!.parts as TablePart[];
    expect(table!.label).toBe(TABLE.label(1));
    expect(derived.labels[written!.id!]).toBe(table!.label);
    expect(table!.anchor).toBe(written!.id);
    expect(table!.caption).toEqual({ text: written!.caption, markdown: true });
    expect(table!.columns.map((c) => c.header)).toEqual(written!.columns);
    expect(table!.groups[0]!.rows.map((r) => r.cells.map(cellText))).toEqual(written!.rows);
  });

  it('text blocks are prose as written', () => {
    for (const derived of content.values()) {
      const written = writtenBlocks(derived, 'text');
      expect(blocksOf(derived, 'text').map((v) => v.parts)).toEqual(written.map((b) => [{ kind: 'prose', markdown: b.markdown }]));
    }
  });
});

describe('derived parts on small plans', () => {
  it('names the Agenda 2030 goals of a strategic goal, and only when it has some', () => {
    const derived = derivePlan('p', plan([{ title: 'Mål', blocks: [{ type: 'strategicGoals', goals: [{ id: 'a', title: 'A', agenda2030: [3, 10] }, { id: 'b', title: 'B' }] }] }]));
    const [list] = blocksOf(derived, 'strategicGoals')[0]!.parts as ListPart[];
    expect(list!.items.map((i) => i.detail)).toEqual([GOALS.agenda2030([3, 10]), undefined]);
    expect(list!.items[0]!.detail).toContain(AGENDA_2030[3]);
    expect(list!.items[0]!.detail).toContain(AGENDA_2030[10]);
    expect(list!.items.map((i) => i.number)).toEqual([1, 2]);
  });

  it('numbers result goals of a second block from 1 again, as the lookups do', () => {
    const goals = (ids: string[]) => ids.map((id) => ({ id, title: id.toUpperCase(), description: `Om ${id}.` }));
    const derived = derivePlan('p', plan([{ title: 'A', blocks: [
      { type: 'resultGoals', impactGoal: 'E1', goals: goals(['a', 'b']) },
      { type: 'resultGoals', impactGoal: 'E2', goals: goals(['c']) },
    ] }]));
    const numbers = blocksOf(derived, 'resultGoals').map((v) => only(v.parts, 'list')[0]!.items.map((i) => i.number));
    expect(numbers).toEqual([[1, 2], [1]]);
  });

  it('introduces core-area activities with the generic lead-in only when the plan writes none', () => {
    const derived = derivePlan('p', plan([{ title: 'K', blocks: [
      { type: 'coreArea', goals: ['M'], activities: ['A'] },
      { type: 'coreArea', goals: ['M'], goalsIntro: 'Så här:', activities: [] },
      { type: 'coreArea', goals: ['M'], activities: [] },
    ] }]));
    expect(blocksOf(derived, 'coreArea').map((v) => kinds(v.parts))).toEqual([
      [`leadIn:${CORE_AREA.goals}`, 'list', `leadIn:${CORE_AREA.activities}`, 'list'],
      [`leadIn:${CORE_AREA.goals}`, 'list', 'leadIn:Så här:'],
      [`leadIn:${CORE_AREA.goals}`, 'list'],
    ]);
  });

  it('gives every table row a cell per column and widens the table rather than drop a long row\'s text', () => {
    const derived = derivePlan('p', plan([{ title: 'T', blocks: [
      { type: 'table', columns: ['A', 'B'], rows: [['1'], ['1', '2', '3']] },
      { type: 'table', caption: 'Andra', columns: ['X'], rows: [] },
    ] }]));
    const [first, second] = blocksOf(derived, 'table').map((v) => v.parts[0] as TablePart);
    expect(first!.columns.map((c) => c.header)).toEqual(['A', 'B', '']);
    expect(first!.groups[0]!.rows.map((r) => r.cells.map(cellText))).toEqual([['1', '', ''], ['1', '2', '3']]);
    expect([first!.label, second!.label]).toEqual([TABLE.label(1), TABLE.label(2)]);
    expect(first!.caption).toBeUndefined();
    expect(Object.values(derived.labels)).toEqual([TABLE.label(1), TABLE.label(2)]);
  });

  it('writes an exact area budget without "cirka" and leaves out empty facts', () => {
    const derived = derivePlan('p', plan([{ title: 'B', blocks: [
      { type: 'areaBudget', year: 2021, amount: 900000, text: 'Text.' },
      { type: 'areaBudget', year: 2021, text: 'Bara text.' },
    ] }]));
    const [exact, bare] = blocksOf(derived, 'areaBudget');
    expect((exact!.parts[0] as FactsPart).facts).toEqual([{ label: BUDGET.area(2021), value: formatKronor(900000) }]);
    expect(bare!.parts).toEqual([{ kind: 'prose', markdown: 'Bara text.' }]);
  });
});

describe('the site and the PDF print the same words', () => {
  // The PDF breaks long words at line ends with a hyphen; words are compared with every
  // "x- y" joined, on all three sides alike (so "hälso- och" stays comparable).
  const joined = (text: string) => normalizeSpace(text).replace(/(\p{L})- (\p{Ll})/gu, '$1$2');
  const planText = (html: string) => joined(html.replace(/<[^>]+>/g, ' ').replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#39;/g, "'"));
  const pdfWords = async (derived: DerivedPlan, root: string) => {
    mkdirSync(OUT, { recursive: true });
    const file = path.join(OUT, `${derived.id}.pdf`);
    writeFileSync(file, await renderPlanPdf(derived, root));
    return joined(pdfText(file));
  };
  /** The plain words derive decided for a block: lead-ins, titles, details, facts, column headings, labels. */
  function words(parts: readonly Part[]): string[] {
    const fromItems = (items: readonly ListItem[]): string[] => items.flatMap((i) => [i.title, i.detail, ...(i.items ? fromItems(i.items) : [])].filter((w): w is string => !!w));
    return parts.flatMap((part) => {
      switch (part.kind) {
        case 'leadIn': return [part.text];
        case 'list': return fromItems(part.items);
        case 'facts': return part.facts.flatMap((f) => [f.label, f.value]);
        case 'table': return [...part.columns.map((c) => c.header).filter(Boolean), ...(part.label ? [part.label] : [])];
        default: return [];
      }
    });
  }

  for (const [source, id] of [['test/site/fixtures', 'alla-block'], ['content', 'fourum-jonkoping-2021-2023'], ['content', 'fou-nordvast-2021'], ['content', 'fou-jamt-2020']] as const) {
    it(`on ${id}`, async () => {
      const root = path.join(ROOT, source);
      const derived = id === 'alla-block' ? (await checkPlans(root, [path.join(root, id)])).plans[0]! : content.get(id)!;
      const site = planText(planBodyHtml(derived, { base: '/', withPdf: true }));
      const pdf = await pdfWords(derived, root);
      const expected = (['strategicGoals', 'resultGoals', 'coreArea', 'areaBudget', 'table'] as const)
        .flatMap((type) => blocksOf(derived, type).flatMap((view) => words(view.parts)));
      expect(expected.length).toBeGreaterThan(2);
      for (const word of new Set(expected.map(joined))) {
        expect.soft(site, `site: ${word}`).toContain(word);
        expect.soft(pdf, `PDF: ${word}`).toContain(word);
      }
    }, 60_000);
  }
});
