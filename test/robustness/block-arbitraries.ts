/**
 * The fuzz generator of each block type: `draw` gives a raw block (its fields, plus seeds
 * such as `withId` or `linkGoal`), `fixUp` turns the draw into a block that passes the check
 * within the plan being built (unique ids, references that resolve, balanced budgets,
 * correct declared totals, wheel dates inside the wheel's year). The `satisfies` makes a
 * block type without a generator a compile error; arbitraries.ts draws blocks from here in
 * this order.
 */
import fc from 'fast-check';
import type { BlockType } from '../../schemas';
import { MONTHS, SEASONS } from '../../schemas';
import { DIRECTIONS, FREQUENCIES, GOAL_MODEL_COLUMNS } from '../../schemas/goal-model';
import { ACTIVITY_STATUSES } from '../../schemas/goals';
import { RECURRENCES } from '../../schemas/wheel';
import { markdownText, opt, plainText, safeUrl, small, strip, TINY_PNG, type Data } from './value-arbitraries';

/** The plan a block is fixed up in: what the blocks share and what they leave for the plan. */
export interface FixUpContext {
  /** The plan's period. */
  start: number;
  end: number | undefined;
  /** People and abbreviations of the plan, unique already. */
  people: Data[];
  abbreviations: Data[];
  /** Extra files of the plan folder (images). */
  files: Record<string, string | Buffer>;
  /** A fresh id, "<prefix>-<n>", unique in the plan. */
  nextId(prefix: string): string;
  /** The number behind the last id given, used as a seed. */
  readonly counter: number;
  /** Ids text may link to with [](#id). */
  targets: string[];
  strategicIds: string[];
  resultIds: string[];
  /** Fix-ups that need the whole plan (goal references), run after every block. */
  later: (() => void)[];
  /** Text blocks, where the plan adds working internal links. */
  textBlocks: Data[];
}

export interface BlockArbitrary<K extends BlockType> {
  draw: fc.Arbitrary<{ type: K } & Data>;
  /** `siblings` are the raw draws of the same section (a figure may draw its section's wheel). */
  fixUp(raw: Data, plan: FixUpContext, siblings: Data[]): Data;
}

const amount = fc.integer({ min: -5_000_000, max: 50_000_000 });

type Nested = string | { text: string; items: Nested[] };
const nestedItem: fc.Arbitrary<Nested> = fc.letrec<{ item: Nested }>((tie) => ({
  item: fc.oneof({ depthSize: 'small', withCrossShrink: true }, markdownText, fc.record({ text: markdownText, items: small(tie('item'), 1, 3) })),
})).item;
const nestedList = small(nestedItem, 0, 4);

const budgetLine = fc.record({ label: plainText, amount, note: opt(plainText) }, { requiredKeys: ['label', 'amount'] });
const budgetGroup = fc.record({ title: opt(plainText), lines: small(budgetLine), declare: fc.boolean() });

const wheelEvent = fc.record({
  title: plainText,
  when: fc.oneof(
    fc.constant({ kind: 'date' as const }),
    fc.constantFrom(...MONTHS).map((month) => ({ kind: 'month' as const, month })),
    fc.tuple(fc.constantFrom(...MONTHS), fc.constantFrom(...MONTHS)).map(([from, to]) => ({ kind: 'period' as const, from, to })),
    fc.constant({ kind: 'datePeriod' as const }),
    fc.constantFrom(...SEASONS).map((season) => ({ kind: 'season' as const, season })),
    fc.integer({ min: 1, max: 52 }).map((times) => ({ kind: 'times' as const, times })),
    fc.constantFrom(...RECURRENCES).map((recurs) => ({ kind: 'recurs' as const, recurs })),
    fc.constant({ kind: 'undated' as const }),
  ),
  categorySeed: fc.nat(),
  dateSeed: fc.nat({ max: 364 }),
  dateSeed2: fc.nat({ max: 364 }),
  note: opt(plainText),
});

export const BLOCK_ARBITRARIES = {
  text: {
    draw: fc.record({ type: fc.constant('text'), markdown: markdownText, editorialNote: opt(plainText) }),
    // The block itself is kept (references are added to its text later), without an unset note.
    fixUp: (b, plan) => { if (b.editorialNote === undefined) delete b.editorialNote; plan.textBlocks.push(b); return b; },
  },
  figure: {
    draw: fc.record({
      type: fc.constant('figure'), source: fc.constantFrom('image', 'missing', 'wheel'), alt: plainText, caption: markdownText,
      credit: opt(fc.record({ text: plainText, url: opt(safeUrl) }, { requiredKeys: ['text'] })), missing: plainText,
      reconstructed: opt(fc.boolean()), editorialNote: opt(plainText),
    }),
    fixUp: (b, plan, siblings) => {
      const id = plan.nextId('figur');
      plan.targets.push(id);
      const out: Data = { type: 'figure', id, alt: b.alt, caption: b.caption, source: b.credit && strip(b.credit), editorialNote: b.editorialNote };
      if (b.source === 'wheel' && siblings.some((s) => s.type === 'wheel')) out.generated = 'wheel';
      else if (b.source === 'image') { out.image = `bild-${id}.png`; plan.files[out.image] = TINY_PNG; }
      else out.missing = b.missing;
      // A figure without a picture cannot be reconstructed (rekonstruerad-utan-bild).
      if (out.missing === undefined) out.reconstructed = b.reconstructed;
      return strip(out);
    },
  },
  table: {
    draw: fc.record({
      type: fc.constant('table'), withId: fc.boolean(), caption: opt(markdownText), columns: small(plainText, 1, 5),
      rows: small(small(fc.oneof(markdownText, fc.constant('')), 0, 6), 0, 5),
    }),
    fixUp: (b, plan) => {
      const id = b.withId ? plan.nextId('tabell') : undefined;
      if (id) plan.targets.push(id);
      // A valid table has as many cells per row as columns (the checker refuses ragged rows).
      const rows = b.rows.map((row: string[]) => b.columns.map((_: string, i: number) => row[i] ?? ''));
      return strip({ type: 'table', id, caption: b.caption, columns: b.columns, rows });
    },
  },
  coreArea: {
    draw: fc.record({
      type: fc.constant('coreArea'), goals: small(markdownText), goalsIntro: opt(plainText), activities: nestedList,
      prioritised: opt(small(fc.record({ activity: markdownText, items: nestedList }))),
    }),
    fixUp: (b) => strip({ ...b, prioritised: b.prioritised }),
  },
  strategicGoals: {
    draw: fc.record({
      type: fc.constant('strategicGoals'),
      goals: small(fc.record({ title: plainText, agenda2030: opt(small(fc.integer({ min: 1, max: 17 }), 0, 4)) })),
    }),
    fixUp: (b, plan) => {
      const goals = b.goals.map((g: Data) => { const id = plan.nextId('mal'); plan.strategicIds.push(id); return strip({ id, title: g.title, agenda2030: g.agenda2030 }); });
      return { type: 'strategicGoals', goals };
    },
  },
  goalTable: {
    draw: fc.record({
      type: fc.constant('goalTable'), linkGoal: fc.boolean(),
      goals: small(fc.record({ goal: markdownText, measures: small(fc.record({ measure: markdownText, target: opt(plainText), activities: opt(markdownText) })) })),
    }),
    fixUp: (b, plan) => {
      const out: Data = { type: 'goalTable', goals: b.goals.map((g: Data) => ({ goal: g.goal, measures: g.measures.map(strip) })) };
      if (b.linkGoal) plan.later.push(() => { if (plan.strategicIds.length) out.strategicGoal = plan.strategicIds[0]; });
      return out;
    },
  },
  programLogic: {
    draw: fc.record({
      type: fc.constant('programLogic'),
      headings: opt(fc.record({ resources: plainText, assignments: plainText, activities: plainText, outcomes: plainText }, { requiredKeys: [] })),
      groups: small(fc.record({
        resources: small(markdownText, 0, 3),
        assignments: small(fc.record({ assignment: small(markdownText, 1, 2), activities: small(markdownText, 0, 3), outcomes: small(markdownText, 0, 3) })),
      }), 1, 3),
    }),
    fixUp: (b) => strip({ type: 'programLogic', headings: b.headings && strip(b.headings), groups: b.groups }),
  },
  resultGoals: {
    draw: fc.record({
      type: fc.constant('resultGoals'), impactGoal: markdownText, goals: small(fc.record({ title: plainText, description: markdownText })),
    }),
    fixUp: (b, plan) => {
      const goals = b.goals.map((g: Data) => { const id = plan.nextId('resultat'); plan.resultIds.push(id); return { id, title: g.title, description: g.description }; });
      return { type: 'resultGoals', impactGoal: b.impactGoal, goals };
    },
  },
  assignmentTable: {
    draw: fc.record({
      type: fc.constant('assignmentTable'), linkGoal: fc.boolean(),
      rows: small(fc.record({
        assignment: plainText, externallyFunded: opt(fc.boolean()), participants: opt(plainText), responsibleSeeds: small(fc.nat(), 0, 3),
        activities: small(markdownText), serviceAreas: opt(small(plainText, 0, 3)),
      })),
    }),
    fixUp: (b, plan) => {
      const { people } = plan;
      const out: Data = {
        type: 'assignmentTable',
        rows: b.rows.map((r: Data) => strip({
          assignment: r.assignment, externallyFunded: r.externallyFunded, participants: r.participants,
          responsible: people.length ? [...new Set(r.responsibleSeeds.map((s: number) => people[s % people.length]!.initials))] : [],
          activities: r.activities, serviceAreas: r.serviceAreas,
        })),
      };
      if (b.linkGoal) plan.later.push(() => { if (plan.resultIds.length) out.resultGoal = plan.resultIds[0]; });
      return out;
    },
  },
  actionPlan: {
    draw: fc.record({
      type: fc.constant('actionPlan'), goalArea: plainText,
      activities: small(fc.record({
        activity: markdownText, purpose: markdownText, measure: markdownText, responsible: small(plainText, 1, 3), timeline: plainText,
        status: opt(fc.constantFrom(...ACTIVITY_STATUSES)),
      })),
      progress: opt(small(fc.record({ status: fc.constantFrom('påbörjad', 'genomförd'), title: opt(plainText), text: markdownText }, { requiredKeys: ['status', 'text'] }))),
    }),
    fixUp: (b) => strip({ type: 'actionPlan', goalArea: b.goalArea, activities: b.activities.map(strip), progress: b.progress?.map(strip) }),
  },
  fundedRoles: {
    draw: fc.record({
      type: fc.constant('fundedRoles'), title: plainText,
      roles: small(fc.record({ role: plainText, percent: fc.integer({ min: 0, max: 200 }), mandate: opt(plainText) }, { requiredKeys: ['role', 'percent'] })),
    }),
    fixUp: (b) => ({ type: 'fundedRoles', title: b.title, roles: b.roles.map(strip) }),
  },
  wheel: {
    draw: fc.record({
      type: fc.constant('wheel'), useYear: fc.boolean(),
      categories: small(fc.record({ name: plainText, withAbbr: fc.boolean(), editorial: opt(fc.boolean()) }), 1, 12),
      events: small(wheelEvent, 0, 25),
    }),
    fixUp: (b, plan) => {
      const { abbreviations, end, start } = plan;
      const year = b.useYear && end !== undefined ? end : start;
      const categories = b.categories.map((c: Data) => strip({
        id: plan.nextId('kategori'), name: c.name, abbr: c.withAbbr && abbreviations.length ? abbreviations[plan.counter % abbreviations.length]!.abbr : undefined,
        editorial: c.editorial,
      }));
      const day = (seed: number) => new Date(Date.UTC(year, 0, 1 + (seed % (year % 4 === 0 ? 366 : 365)))).toISOString().slice(0, 10);
      const events = b.events.map((e: Data) => {
        const out: Data = { title: e.title, category: categories[e.categorySeed % categories.length]!.id, note: e.note };
        const w = e.when;
        if (w.kind === 'date') out.date = day(e.dateSeed);
        else if (w.kind === 'month') out.month = w.month;
        else if (w.kind === 'period') out.period = { from: w.from, to: w.to };
        else if (w.kind === 'datePeriod') out.period = { from: day(Math.min(e.dateSeed, e.dateSeed2)), to: day(Math.max(e.dateSeed, e.dateSeed2)) };
        else if (w.kind === 'season') out.season = w.season;
        else if (w.kind === 'recurs') out.recurs = w.recurs;
        else if (w.kind === 'undated') out.undated = true;
        else out.timesPerYear = w.times;
        return strip(out);
      });
      return strip({ type: 'wheel', year: b.useYear ? year : undefined, categories, events });
    },
  },
  budget: {
    draw: fc.record({
      type: fc.constant('budget'), withYear: fc.boolean(), costs: small(budgetGroup, 1, 3), revenues: small(budgetGroup, 1, 3),
      balanced: fc.boolean(), declare: fc.boolean(),
    }),
    fixUp: (b, plan) => {
      const group = (g: Data) => {
        const lines = g.lines.map(strip);
        return strip({ title: g.title, lines, declaredTotal: g.declare ? lines.reduce((s: number, l: Data) => s + l.amount, 0) : undefined });
      };
      const costs = b.costs.map(group);
      const revenues = b.revenues.map(group);
      const sum = (gs: Data[]) => gs.reduce((s, g) => s + g.lines.reduce((t: number, l: Data) => t + l.amount, 0), 0);
      if (b.balanced) {
        const diff = sum(costs) - sum(revenues);
        if (diff !== 0) {
          const last = revenues.at(-1)!;
          last.lines.push({ label: 'Utjämning', amount: diff });
          if (last.declaredTotal !== undefined) last.declaredTotal += diff;
        }
      }
      return strip({
        type: 'budget', year: b.withYear ? plan.start : undefined, costs, revenues, balanced: b.balanced ? undefined : false,
        declaredTotals: b.declare ? { costs: sum(costs), revenues: sum(revenues) } : undefined,
      });
    },
  },
  carriedOverFunds: {
    draw: fc.record({ type: fc.constant('carriedOverFunds'), title: plainText, withDate: fc.boolean(), lines: small(budgetLine), declare: fc.boolean() }),
    fixUp: (b, plan) => {
      const lines = b.lines.map(strip);
      return strip({
        type: 'carriedOverFunds', title: b.title, asOf: b.withDate ? `${plan.start}-01-01` : undefined, lines,
        declaredTotal: b.declare ? lines.reduce((s: number, l: Data) => s + l.amount, 0) : undefined,
      });
    },
  },
  areaBudget: {
    draw: fc.record({
      type: fc.constant('areaBudget'), year: fc.integer({ min: 2000, max: 2040 }), amount: opt(fc.nat({ max: 90_000_000 })),
      approximate: opt(fc.boolean()), funding: opt(small(plainText, 0, 3)), fundingOutsideBudget: opt(small(plainText, 0, 2)), text: markdownText,
      editorialNote: opt(plainText),
    }),
    fixUp: (b) => strip(b),
  },
  staff: {
    draw: fc.record({
      type: fc.constant('staff'), title: opt(plainText), unit: fc.constantFrom('fte', 'percent', 'mixed'),
      lines: small(fc.record({ label: plainText, value: fc.integer({ min: 0, max: 400 }), note: opt(plainText) })),
      declare: fc.boolean(), showTotal: opt(fc.boolean()), note: opt(markdownText), perYear: fc.boolean(),
    }),
    fixUp: (b, plan) => {
      if (b.perYear) {
        // Årsarbetare per year over the plan's first year and the one before, with a change column.
        const years = [plan.start - 1, plan.start];
        const lines = b.lines.map((l: Data, i: number) => strip({ label: l.label, note: l.note, byYear: { [years[0]!]: l.value / 4, [years[1]!]: ((l.value + i) % 400) / 4 } }));
        const sum = (year: number) => lines.reduce((s: number, l: Data) => s + l.byYear[year], 0);
        return strip({ type: 'staff', title: b.title, years, lines, declaredTotals: b.declare ? { [years[1]!]: sum(years[1]!) } : undefined, showTotal: b.showTotal, note: b.note });
      }
      const lines = b.lines.map((l: Data, i: number) => {
        const percent = b.unit === 'percent' || (b.unit === 'mixed' && i % 2 === 1);
        return strip({ label: l.label, note: l.note, ...(percent ? { percent: l.value } : { fte: l.value / 4 }) });
      });
      const total = b.unit === 'mixed' ? undefined : lines.reduce((s: number, l: Data) => s + (l.fte ?? l.percent), 0);
      return strip({ type: 'staff', title: b.title, lines, declaredTotal: b.declare ? total : undefined, showTotal: b.showTotal, note: b.note });
    },
  },
  budgetTable: {
    draw: fc.record({
      type: fc.constant('budgetTable'), title: plainText, unit: fc.constantFrom('kr', 'tkr', 'mnkr'),
      sign: fc.constantFrom('costsNegative', 'costsPositive'), years: fc.integer({ min: 1, max: 6 }), withChange: fc.boolean(),
      groups: small(fc.record({ title: plainText, side: fc.constantFrom('intakter', 'kostnader'), lines: small(fc.record({ label: plainText, values: fc.array(fc.integer({ min: -90_000, max: 90_000 }), { minLength: 6, maxLength: 6 }), note: opt(plainText) })) }), 0, 3),
      declare: fc.boolean(), withId: fc.boolean(),
    }),
    fixUp: (b, plan) => {
      const columns: Data[] = Array.from({ length: b.years }, (_, i) => ({ id: `k${i}`, kind: i === 0 ? 'bokslut' : 'budget', year: plan.start + i }));
      if (b.withChange && b.years > 1) columns.push({ change: { from: 'k0', to: 'k1', as: 'procent' } });
      const values = (v: number[]) => Object.fromEntries(columns.filter((c) => c.kind).map((c, i) => [c.id, v[i]!]));
      const groups = b.groups.map((g: Data) => ({
        title: g.title, side: g.side,
        lines: g.lines.map((l: Data) => strip({ id: plan.nextId('rad'), label: l.label, values: values(l.values), note: l.note })),
      }));
      const lines = groups.length === 0 ? [{ id: plan.nextId('rad'), label: b.title, values: values([1, 2, 3, 4, 5, 6]) }] : [];
      for (const g of groups) {
        if (b.declare) g.declaredTotal = Object.fromEntries(Object.keys(g.lines[0].values).map((c) => [c, g.lines.reduce((s: number, l: Data) => s + l.values[c], 0)]));
      }
      return strip({ type: 'budgetTable', id: b.withId ? plan.nextId('budgettabell') : undefined, title: b.title, unit: b.unit, sign: b.sign, columns, groups, lines });
    },
  },
  goalModel: {
    draw: fc.record({
      type: fc.constant('goalModel'), title: opt(plainText), levels: small(plainText, 1, 3), perspectives: opt(small(plainText, 1, 4)),
      columns: opt(fc.uniqueArray(fc.constantFrom(...GOAL_MODEL_COLUMNS), { minLength: 1, maxLength: 6 })),
      goals: small(fc.record({
        title: markdownText, responsible: opt(plainText), perspectiveSeed: fc.nat(),
        indicators: small(fc.record({
          name: plainText, unit: opt(fc.constantFrom('%', 'dagar', 'st')), baseline: opt(fc.record({ value: fc.integer({ min: 0, max: 1000 }), year: fc.integer({ min: 2015, max: 2030 }) })),
          target: opt(fc.integer({ min: 0, max: 1000 })), direction: opt(fc.constantFrom(...DIRECTIONS)), frequency: opt(fc.constantFrom(...FREQUENCIES)),
          kolada: opt(fc.integer({ min: 0, max: 99999 })),
        }), 0, 3),
        activities: small(fc.record({ text: markdownText, responsible: opt(plainText), status: opt(fc.constantFrom(...ACTIVITY_STATUSES)) }), 0, 2),
        sub: fc.boolean(),
      })),
    }),
    fixUp: (b, plan) => {
      const goal = (g: Data): Data => strip({
        id: plan.nextId('mal'), title: g.title, responsible: g.responsible,
        perspective: b.perspectives ? b.perspectives[g.perspectiveSeed % b.perspectives.length] : undefined,
        indicators: g.indicators.map((i: Data) => strip({
          id: plan.nextId('indikator'), name: i.name, unit: i.unit, baseline: i.baseline, direction: i.direction, frequency: i.frequency,
          targets: i.target === undefined ? undefined : { [String(plan.start)]: i.target },
          source: i.kolada === undefined ? undefined : { kolada: `N${String(i.kolada).padStart(5, '0')}` },
        })),
        activities: g.activities.map((a: Data) => strip({ id: plan.nextId('aktivitet'), text: a.text, responsible: a.responsible, status: a.status })),
      });
      const goals = b.goals.map((g: Data) => {
        const out = goal(g);
        if (g.sub && b.levels.length > 1) out.goals = [goal(g)];
        return out;
      });
      return strip({ type: 'goalModel', title: b.title, levels: b.levels, perspectives: b.perspectives, columns: b.columns, goals });
    },
  },
} satisfies { [K in BlockType]: BlockArbitrary<K> };

/** Fixes up a raw block of any type. */
export function fixUpBlock(raw: Data, plan: FixUpContext, siblings: Data[]): Data {
  const generator = BLOCK_ARBITRARIES[raw.type as BlockType] as BlockArbitrary<BlockType> | undefined;
  if (!generator) throw new Error(`okänd blocktyp ${raw.type}`);
  return generator.fixUp(raw, plan, siblings);
}
