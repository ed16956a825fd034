/**
 * Goal tables, action plans, assignment tables, funded roles and program logic in the
 * presentation model: captions, columns, status names, people and order are decided in
 * derive, and the site and the PDF print the same words.
 */
import { typeset } from '../../src/markdown/plain-text';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { planSchema, type ActivityStatus, type PlanInput } from '../../schemas';
import { ACTIVITY_STATUSES } from '../../schemas/goals';
import { derivePlan, type DerivedPlan } from '../../src/derive/derive-plan';
import type { Cell, Part, TablePart } from '../../src/derive/presentation';
import { renderPlanPdf } from '../../src/pdf';
import { checkPlans, resolveContentRoot } from '../../src/pipeline';
import { formatPercent } from '../../src/shared/format-sv';
import { ACTION_PLAN, ACTIVITY_STATUS, ACTIVITY_STATUS_NOT_GIVEN, ASSIGNMENTS, FUNDED_ROLES, GOAL_TABLE, PROGRAM_LOGIC } from '../../src/shared/words-sv';
import { planBodyHtml } from '../../src/site/plan-page/plan-body';
import { blocksOf, writtenBlocks } from '../shared/plan-blocks';

type TableType = 'goalTable' | 'actionPlan' | 'assignmentTable' | 'fundedRoles' | 'programLogic';

const tables = (parts: readonly Part[]) => parts.filter((p): p is TablePart => p.kind === 'table');
const headers = (part: TablePart) => part.columns.map((c) => c.header);
const cellText = (cell: Cell) => cell.lines.map((l) => l.text).join(' | ');
const bodyRows = (part: TablePart) => part.groups.flatMap((g) => g.rows);

/** Text with tags, whitespace and hyphens removed: the PDF hyphenates and wraps where the site does not. */
const ENTITIES: Record<string, string> = { amp: '&', quot: '"', lt: '<', gt: '>', '#39': "'", '#x27': "'" };
const squash = (text: string) => text.replace(/<[^>]*>/g, '').replace(/&(amp|quot|lt|gt|#39|#x27);/g, (_, e: string) => ENTITIES[e]!).replace(/[\s\u00ad\u00a0\u202f-]/g, '');

function pdfText(pdf: Buffer): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'planverk-tables-')), 'plan.pdf');
  writeFileSync(file, pdf);
  return execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' });
}

const SITE = { base: '/', withPdf: false };

/** Every printed word of the blocks' parts that both media must show: captions, headers, plain cells, lead-ins, notes, list titles. */
function printedWords(plan: DerivedPlan, types: readonly TableType[]): string[] {
  const words: string[] = [];
  for (const type of types) {
    for (const block of blocksOf(plan, type)) {
      for (const part of block.parts) {
        if (part.kind === 'table') {
          if (part.caption) words.push(part.caption.text);
          // Cells of neighbouring columns interleave in the PDF's text, so a cell's words are checked one by one.
          words.push(...headers(part).flatMap((h) => h.split(' ')));
          for (const r of bodyRows(part)) for (const c of r.cells) for (const l of c.lines) if (!l.markdown) words.push(...l.text.split(' '));
        }
        if (part.kind === 'leadIn') words.push(part.text);
        if (part.kind === 'note') words.push(part.text);
        if (part.kind === 'list') for (const item of part.items) if (item.title) words.push(item.title);
      }
    }
  }
  return words;
}

describe('table blocks on the content plans', () => {
  const plans = new Map<string, DerivedPlan>();
  let contentRoot = '';
  beforeAll(async () => {
    contentRoot = await resolveContentRoot('content');
    const ids = ['fou-jamt-handlingsplan-ebp', 'fourum-jonkoping-2021-2023', 'fou-fyrbodal-2023', 'fou-nordvast-2021'];
    const result = await checkPlans(contentRoot, ids.map((id) => path.join(contentRoot, id)));
    for (const plan of result.plans) plans.set(plan.id, plan);
    expect([...plans.keys()].sort()).toEqual([...ids].sort());
  }, 120_000);

  it('captions each goal table with its strategic goal, numbered as printed', () => {
    const plan = plans.get('fourum-jonkoping-2021-2023')!;
    const strategic = writtenBlocks(plan, 'strategicGoals').flatMap((b) => b.goals);
    const written = writtenBlocks(plan, 'goalTable');
    const derived = blocksOf(plan, 'goalTable');
    expect(derived.length).toBe(written.length);
    derived.forEach((block, i) => {
      const [table] = tables(block.parts);
      const n = strategic.findIndex((g) => g.id === written[i]!.strategicGoal);
      expect(n).toBeGreaterThanOrEqual(0);
      expect(table!.caption?.text).toBe(GOAL_TABLE.strategicGoal(n + 1, strategic[n]!.title));
      expect(headers(table!)).toEqual([GOAL_TABLE.goal, GOAL_TABLE.measure, GOAL_TABLE.target, GOAL_TABLE.activities]);
      // One row group per goal; its first cell spans the goal's measures.
      expect(table!.groups.map((g) => g.rows.length)).toEqual(written[i]!.goals.map((g) => g.measures.length));
      expect(table!.groups.map((g) => g.rows[0]!.cells[0]!.rowSpan)).toEqual(written[i]!.goals.map((g) => g.measures.length));
    });
  });

  it('gives an action plan its goal area as caption, no Status column without statuses, and completed before begun', () => {
    const plan = plans.get('fou-jamt-handlingsplan-ebp')!;
    const written = writtenBlocks(plan, 'actionPlan');
    blocksOf(plan, 'actionPlan').forEach((block, i) => {
      const [table] = tables(block.parts);
      expect(table!.caption?.text).toBe(ACTION_PLAN.goalArea(written[i]!.goalArea));
      expect(headers(table!)).toEqual([ACTION_PLAN.activity, ACTION_PLAN.responsible, ACTION_PLAN.timeline]);
      expect(bodyRows(table!).map((r) => cellText(r.cells[1]!))).toEqual(written[i]!.activities.map((a) => a.responsible.join(', ')));
      const leadIns = block.parts.filter((p) => p.kind === 'leadIn').map((p) => p.text);
      const statuses = new Set((written[i]!.progress ?? []).map((p) => p.status));
      expect(leadIns).toEqual([
        ...(statuses.has('genomförd') ? [ACTION_PLAN.progress.genomförd] : []),
        ...(statuses.has('påbörjad') ? [ACTION_PLAN.progress.påbörjad] : []),
      ]);
      const titles = block.parts.flatMap((p) => (p.kind === 'list' ? p.items.map((item) => item.title) : []));
      const progress = written[i]!.progress ?? [];
      expect(titles).toEqual([...progress.filter((p) => p.status === 'genomförd'), ...progress.filter((p) => p.status === 'påbörjad')].map((p) => p.title));
    });
  });

  it('names the responsible people of an assignment table and explains the funding mark', () => {
    const plan = plans.get('fou-nordvast-2021')!;
    const people = new Map(plan.plan.people.map((p) => [p.initials, p.name]));
    const results = writtenBlocks(plan, 'resultGoals').flatMap((b) => b.goals);
    const written = writtenBlocks(plan, 'assignmentTable');
    const derived = blocksOf(plan, 'assignmentTable');
    expect(derived.length).toBe(written.length);
    derived.forEach((block, i) => {
      const [table] = tables(block.parts);
      const n = results.findIndex((g) => g.id === written[i]!.resultGoal);
      expect(table!.caption?.text).toBe(ASSIGNMENTS.caption(n + 1, results[n]!.title));
      expect(headers(table!)).toEqual([ASSIGNMENTS.assignment, ASSIGNMENTS.activity, ASSIGNMENTS.serviceArea]);
      bodyRows(table!).forEach((r, k) => {
        const source = written[i]!.rows[k]!;
        const [name, ...details] = r.cells[0]!.lines;
        expect(name!.text).toBe(typeset(source.assignment));
        expect(name!.mark?.symbol).toBe(source.externallyFunded ? ASSIGNMENTS.externalMark : undefined);
        if (source.responsible.length) expect(details.at(-1)!.text).toBe(ASSIGNMENTS.responsible(source.responsible.map((x) => people.get(x) ?? x)));
        expect(r.cells[1]!.list?.map((item) => item.text?.text)).toEqual(source.activities.length > 1 ? source.activities : undefined);
      });
      const notes = block.parts.filter((p) => p.kind === 'note');
      expect(notes.map((p) => p.text)).toEqual(written[i]!.rows.some((r) => r.externallyFunded) ? [ASSIGNMENTS.externalNote] : []);
    });
  });

  it('lays out program logic under its headings and funded roles with their share', () => {
    const plan = plans.get('fou-fyrbodal-2023')!;
    const [logic] = blocksOf(plan, 'programLogic');
    const [table] = tables(logic!.parts);
    const defaults = Object.values(PROGRAM_LOGIC.headings);
    expect(headers(table!)).toEqual(defaults);
    expect(table!.caption?.text).toBe(PROGRAM_LOGIC.caption(defaults));
    const [roles] = blocksOf(plan, 'fundedRoles');
    const written = writtenBlocks(plan, 'fundedRoles')[0]!;
    const [rolesTable] = tables(roles!.parts);
    expect(rolesTable!.caption?.text).toBe(written.title);
    expect(headers(rolesTable!)).toEqual([FUNDED_ROLES.role, FUNDED_ROLES.extent, FUNDED_ROLES.mandate]);
    expect(bodyRows(rolesTable!).map((r) => cellText(r.cells[1]!))).toEqual(written.roles.map((r) => formatPercent(r.percent)));
  });

  it('prints the same words on the site and in the PDF', async () => {
    const types: TableType[] = ['goalTable', 'actionPlan', 'assignmentTable', 'fundedRoles', 'programLogic'];
    for (const id of ['fou-nordvast-2021', 'fou-jamt-handlingsplan-ebp', 'fou-fyrbodal-2023']) {
      const plan = plans.get(id)!;
      const words = printedWords(plan, types);
      expect(words.length).toBeGreaterThan(5);
      const html = squash(planBodyHtml(plan, SITE));
      const pdf = squash(pdfText(await renderPlanPdf(plan, contentRoot)));
      for (const word of words) {
        expect(html.includes(squash(word)), `${id}: site shows "${word}"`).toBe(true);
        expect(pdf.includes(squash(word)), `${id}: PDF shows "${word}"`).toBe(true);
      }
      // People by name, never only by their initials.
      if (id === 'fou-nordvast-2021') expect(pdf.includes(squash('Ansvariga:'))).toBe(false);
    }
  }, 120_000);
});

describe('table blocks on small plans', () => {
  const base = (sections: PlanInput['sections'], input: Partial<PlanInput> = {}) => planSchema.parse({
    title: 'T', kind: 'handlingsplan', organisation: { name: 'O' }, period: { start: 2020 }, status: 'utkast', sections, ...input,
  });
  const activity = (status?: ActivityStatus) => ({ activity: 'Göra', purpose: 'Syftet', measure: 'Måttet', responsible: ['FoU', 'RUG'], timeline: 'Hösten', ...(status ? { status } : {}) });

  it('prints every activity status by its Swedish name in both media, "Anges inte" where none is given', async () => {
    const statuses = [...ACTIVITY_STATUSES, undefined];
    const plan = derivePlan('p', base([{ title: 'A', blocks: [{ type: 'actionPlan', goalArea: 'mål', activities: statuses.map(activity) }] }]));
    const [block] = blocksOf(plan, 'actionPlan');
    const [table] = tables(block!.parts);
    expect(headers(table!)).toEqual([ACTION_PLAN.activity, ACTION_PLAN.responsible, ACTION_PLAN.timeline, ACTION_PLAN.status]);
    const cells = bodyRows(table!).map((r) => r.cells[3]!);
    const names = [...ACTIVITY_STATUSES.map((status) => ACTIVITY_STATUS[status]), ACTIVITY_STATUS_NOT_GIVEN.name];
    expect(cells.map(cellText)).toEqual(names);
    expect(new Set(names).size).toBe(names.length);
    expect(cells.map((c) => c.status)).toEqual([...ACTIVITY_STATUSES, ACTIVITY_STATUS_NOT_GIVEN.status]);
    expect(bodyRows(table!)[0]!.cells[0]!.lines.map((l) => l.label)).toEqual([undefined, ACTION_PLAN.purpose, ACTION_PLAN.measure]);
    const html = planBodyHtml(plan, SITE);
    expect(html).toContain(`<span class="status status-paborjad">${ACTIVITY_STATUS.påbörjad}</span>`);
    expect(html).toContain(`<span class="status status-pagar">${ACTIVITY_STATUS.pågår}</span>`);
    expect(html).toContain(`<span class="status status-forsenad">${ACTIVITY_STATUS.försenad}</span>`);
    expect(html).toContain(`<span class="status status-anges-inte">${ACTIVITY_STATUS_NOT_GIVEN.name}</span>`);
    // Every badge class the site prints has a style.
    const css = readFileSync(path.resolve('src/site/styles/site.css'), 'utf8');
    for (const badge of html.matchAll(/class="status (status-[a-z-]+)"/g)) expect(css, badge[1]).toContain(`.${badge[1]}`);
    const pdf = pdfText(await renderPlanPdf(plan, tmpdir()));
    for (const name of names) expect(pdf).toContain(name);
    // The plan's values never leak through in lower case.
    expect(pdf).not.toMatch(/\bpåbörjad\b|\bgenomförd\b|\bpågår\b|\bförsenad\b|\bstruken\b/);
  }, 60_000);

  it('captions an unlinked goal table and assignment table with the generic words, and keeps unknown initials', () => {
    const plan = derivePlan('p', base([{ title: 'A', blocks: [
      { type: 'goalTable', goals: [{ goal: 'Mål', measures: [{ measure: 'M1', target: '80 %' }, { measure: 'M2' }] }] },
      { type: 'assignmentTable', rows: [{ assignment: 'U', responsible: ['XY'], activities: ['En'], serviceAreas: ['Barn', 'Unga'] }] },
    ] }]));
    const [goal] = tables(blocksOf(plan, 'goalTable')[0]!.parts);
    expect(goal!.caption?.text).toBe(GOAL_TABLE.caption);
    const targets = bodyRows(goal!).map((r) => r.cells.at(-2)!);
    expect(targets.map(cellText)).toEqual(['80\u00a0%', '']);
    expect(targets[1]!.emptyLabel).toBe(GOAL_TABLE.noTarget);
    const [assignments] = tables(blocksOf(plan, 'assignmentTable')[0]!.parts);
    expect(assignments!.caption?.text).toBe(ASSIGNMENTS.unlinked);
    const [r] = bodyRows(assignments!);
    expect(r!.cells[0]!.lines.at(-1)!.text).toBe(ASSIGNMENTS.responsible(['XY']));
    expect(r!.cells[1]!.list).toBeUndefined();
    expect(cellText(r!.cells[2]!)).toBe('Barn, Unga');
    expect(blocksOf(plan, 'assignmentTable')[0]!.parts.some((p) => p.kind === 'note')).toBe(false);
  });

  it('takes a program logic\'s own headings over the defaults, in caption and columns', () => {
    const plan = derivePlan('p', base([{ title: 'A', blocks: [{
      type: 'programLogic', headings: { activities: 'Detta ska vi göra' },
      groups: [{ resources: ['R'], assignments: [{ assignment: ['U1'], activities: ['A1', 'A2'], outcomes: ['O1'] }, { assignment: ['U2'], activities: [], outcomes: [] }] }],
    }] }]));
    const [table] = tables(blocksOf(plan, 'programLogic')[0]!.parts);
    const expected = [PROGRAM_LOGIC.headings.resources, PROGRAM_LOGIC.headings.assignments, 'Detta ska vi göra', PROGRAM_LOGIC.headings.outcomes];
    expect(headers(table!)).toEqual(expected);
    expect(table!.caption?.text).toBe(PROGRAM_LOGIC.caption(expected));
    const [first, second] = bodyRows(table!);
    expect(first!.cells[0]!.rowSpan).toBe(2);
    expect([first!.cells[2]!.list?.map((item) => item.text?.text), first!.cells[3]!.list]).toEqual([['A1', 'A2'], undefined]);
    expect(second!.cells.length).toBe(3);
  });
});
