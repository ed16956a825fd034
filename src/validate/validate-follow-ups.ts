/**
 * The follow-up files of a plan (issue 21): each against the zod model, then against the
 * plan. Every reference must name an item of the plan that can be followed up (an error
 * that names both files), an indicator's unit must be the plan's, a reference is given
 * once, declared budget totals must equal the outcomes' sum (shared/sums.ts, exact); plan
 * items left out and fields left empty are warnings, so a freshly scaffolded file passes.
 */
import type { BudgetTable, FollowUp, Plan } from '../../schemas';
import { followUpSchema } from '../../schemas/follow-up';
import { formatFieldPath, type PathSegment } from '../load/field-path';
import { parsePeriodKey, type FollowUpPeriod } from '../load/follow-up-period';
import type { LoadedFollowUp } from '../load/load-follow-ups';
import type { Problem, Severity } from '../problems';
import { compareExact, subtractExact } from '../shared/exact-decimal';
import { formatExactNumber } from '../shared/format-sv';
import { budgetTableSums } from '../shared/sums';
import type { LoadedPlan } from '../load/load-plan';
import { CheckContext } from './check-context';
import { checkCharacters } from './checks/check-characters';
import { checkMarkdown } from './checks/check-markdown';
import { checkNesting } from './checks/check-nesting';
import { followableItems, type FollowableItems } from './follow-up-items';
import { schemaProblems } from './schema-problems';
import { didYouMean } from './suggest';

export interface ValidatedFollowUp {
  /** "uppfoljning-2020-t2". */
  id: string;
  file: string;
  period: FollowUpPeriod;
  followUp: FollowUp;
}

type Kind = 'goals' | 'indicators' | 'activities' | 'budget';

/** Swedish names of what a list refers to: "målet", "indikatorn" … */
const WHAT: Record<Kind, { one: string; the: string; capital: string }> = {
  goals: { one: 'mål', the: 'målet', capital: 'Målet' },
  indicators: { one: 'indikator', the: 'indikatorn', capital: 'Indikatorn' },
  activities: { one: 'aktivitet', the: 'aktiviteten', capital: 'Aktiviteten' },
  budget: { one: 'budgetrad', the: 'budgetraden', capital: 'Budgetraden' },
};

const idsOf = (items: FollowableItems): Record<Kind, string[]> => ({
  goals: items.goals.map((g) => g.id),
  indicators: items.indicators.map((i) => i.id),
  activities: items.activities.map((a) => a.id),
  budget: items.budgetLines.map((l) => l.id),
});

const short = (text: string) => {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 60 ? `${flat.slice(0, 57)}…` : flat;
};

export function validateFollowUps(plan: Plan | undefined, planFile: string, loadedFollowUps: readonly LoadedFollowUp[]): { problems: Problem[]; followUps: ValidatedFollowUp[] } {
  const problems: Problem[] = [];
  const followUps: ValidatedFollowUp[] = [];
  const items = plan ? followableItems(plan) : undefined;
  for (const loaded of loadedFollowUps) {
    problems.push(...loaded.problems);
    if (loaded.problems.length > 0 || loaded.data === undefined || !loaded.period) continue;
    const { value, problems: schema } = schemaProblems(followUpSchema, loaded.data ?? {}, loaded.sourceMap);
    problems.push(...schema);
    if (!value || !plan || !items) continue;
    const before = problems.length;
    problems.push(...textProblems(value, loaded));
    checkFollowUp(value, loaded, loaded.period, plan, planFile, items, problems);
    if (!problems.slice(before).some((p) => p.severity === 'error')) followUps.push({ id: loaded.id, file: loaded.file, period: loaded.period, followUp: value });
  }
  return { problems, followUps };
}

/**
 * The text checks every plan string gets (Markdown that would not be published, nesting and
 * markup beyond the renderers' limits, control characters and characters the PDF's typeface
 * lacks), run on the follow-up's strings: they read only strings, paths and the source map.
 */
function textProblems(followUp: FollowUp, loaded: LoadedFollowUp): Problem[] {
  const asPlan = followUp as unknown as Plan;
  const ctx = new CheckContext(asPlan, { id: loaded.id, dir: '', contentRoot: '', file: loaded.file, data: followUp, sourceMap: loaded.sourceMap, problems: [], files: [] } satisfies LoadedPlan);
  checkMarkdown(ctx);
  checkNesting(ctx);
  checkCharacters(ctx);
  return ctx.problems;
}

function checkFollowUp(followUp: FollowUp, loaded: LoadedFollowUp, period: FollowUpPeriod, plan: Plan, planFile: string, items: FollowableItems, problems: Problem[]): void {
  const report = (severity: Severity, code: string, path: readonly PathSegment[], message: string, preferKey = false) =>
    problems.push({ severity, code, ...loaded.sourceMap.locate(path, preferKey), path: formatFieldPath(path), message });

  if (followUp.period !== undefined && parsePeriodKey(followUp.period)?.key !== period.key) {
    report('error', 'uppfoljning-period', ['period'],
      `Perioden "${followUp.period}" stämmer inte med filnamnet, som ger perioden "${period.key}". Rätta period eller byt namn på filen.`);
  }
  const planEnd = plan.period.end ?? plan.period.start;
  if (period.year < plan.period.start || period.year > planEnd) {
    report('error', 'uppfoljning-utanfor-perioden', followUp.period !== undefined ? ['period'] : [],
      `Uppföljningen gäller ${period.year}, men planen i ${planFile} gäller ${plan.period.start === planEnd ? plan.period.start : `${plan.period.start}–${planEnd}`}.`);
  }

  const ids = idsOf(items);
  const lists: Record<Kind, readonly { ref: string }[]> = { goals: followUp.goals, indicators: followUp.indicators, activities: followUp.activities, budget: followUp.budget };
  for (const kind of Object.keys(lists) as Kind[]) {
    const seen = new Set<string>();
    lists[kind].forEach((entry, i) => {
      const at: PathSegment[] = [kind, i, 'ref'];
      if (seen.has(entry.ref)) {
        report('error', 'uppfoljning-dubbel-hanvisning', at, `${WHAT[kind].capital} "${entry.ref}" följs redan upp tidigare i filen; ta bort den ena.`);
        return;
      }
      seen.add(entry.ref);
      if (ids[kind].includes(entry.ref)) return;
      const other = (Object.keys(ids) as Kind[]).find((k) => k !== kind && ids[k].includes(entry.ref));
      report('error', 'uppfoljning-okand-hanvisning', at, other
        ? `"${entry.ref}" i ${planFile} är ${WHAT[other].one === 'mål' ? 'ett' : 'en'} ${WHAT[other].one}, inte ${WHAT[kind].one === 'mål' ? 'ett' : 'en'} ${WHAT[kind].one}; flytta den till ${other}.`
        : `${WHAT[kind].capital} "${entry.ref}" finns inte i ${planFile}.${didYouMean(entry.ref, ids[kind])}${ids[kind].length === 0 ? ` Planen har ${WHAT[kind].one === 'mål' ? 'inget' : 'ingen'} ${WHAT[kind].one} med id som kan följas upp.` : ''}`);
    });
  }

  // Units: the plan's indicator decides; a follow-up that writes another one is refused.
  const indicators = new Map(items.indicators.map((i) => [i.id, i.indicator]));
  followUp.indicators.forEach((entry, i) => {
    const indicator = indicators.get(entry.ref);
    if (!indicator || entry.unit === undefined || entry.unit === null || entry.unit === indicator.unit) return;
    report('error', 'uppfoljning-fel-enhet', ['indicators', i, 'unit'], indicator.unit === undefined
      ? `Indikatorn "${entry.ref}" har ingen enhet i ${planFile}, men utfallet anges i "${entry.unit}". Ta bort unit eller ange enheten i planen.`
      : `Enheten "${entry.unit}" stämmer inte med indikatorns enhet i ${planFile}: "${indicator.unit}". Ange utfallet i "${indicator.unit}".`);
  });

  // Empty fields (a scaffold not yet filled in): warnings, unless a comment explains them.
  followUp.goals.forEach((g, i) => { if (g.judgement == null && !g.comment) report('warning', 'uppfoljning-ej-ifylld', ['goals', i, g.judgement === null ? 'judgement' : 'ref'], `Bedömningen av målet "${g.ref}" är inte ifylld.`, true); });
  followUp.indicators.forEach((x, i) => { if (x.outcome == null && !x.comment) report('warning', 'uppfoljning-ej-ifylld', ['indicators', i, x.outcome === null ? 'outcome' : 'ref'], `Utfallet för indikatorn "${x.ref}" är inte ifyllt.`, true); });
  followUp.activities.forEach((a, i) => { if (a.status == null && !a.comment) report('warning', 'uppfoljning-ej-ifylld', ['activities', i, a.status === null ? 'status' : 'ref'], `Statusen för aktiviteten "${a.ref}" är inte ifylld.`, true); });
  followUp.budget.forEach((b, i) => { if (b.outcome == null && !b.comment) report('warning', 'uppfoljning-ej-ifylld', ['budget', i, b.outcome === null ? 'outcome' : 'ref'], `Utfallet för budgetraden "${b.ref}" är inte ifyllt.`, true); });

  // Plan items the follow-up leaves out: warnings, at the list (or the file's start).
  const describe: Record<Kind, (id: string) => string> = {
    goals: (id) => short(items.goals.find((g) => g.id === id)!.title),
    indicators: (id) => short(indicators.get(id)!.name),
    activities: (id) => short(items.activities.find((a) => a.id === id)!.activity.text),
    budget: (id) => short(items.budgetLines.find((l) => l.id === id)!.label),
  };
  for (const kind of Object.keys(lists) as Kind[]) {
    const given = new Set(lists[kind].map((e) => e.ref));
    const missing = ids[kind].filter((id) => !given.has(id));
    if (missing.length === 0) continue;
    const where = loaded.sourceMap.entry([kind]) ? [kind] : [];
    for (const id of missing) {
      report('warning', 'uppfoljning-saknas', where, `${WHAT[kind].capital} "${id}" (${describe[kind](id)}) i ${planFile} följs inte upp i filen; lägg till den under ${kind}.`, true);
    }
  }

  checkBudgetTotals(followUp, items, planFile, report);
}

/** The outcomes' sums per budget table, as the table sums its lines (sign and sides included): the total and each group's. */
export function outcomeSums(followUp: FollowUp, items: FollowableItems): Map<number, { total: string; groups: string[] }> {
  const sums = new Map<number, { total: string; groups: string[] }>();
  const outcomes = new Map(followUp.budget.flatMap((b) => (b.outcome == null ? [] : [[b.ref, b.outcome] as const])));
  for (const { table, index } of items.budgetTables) {
    const computed = budgetTableSums(outcomeTable(table, outcomes));
    sums.set(index, { total: computed.total.utfall!, groups: computed.groups.map((g) => g.utfall!) });
  }
  return sums;
}

/** The plan's table with one typed column, the outcomes; lines without an outcome count as 0. */
export function outcomeTable(table: BudgetTable, outcomes: ReadonlyMap<string, number>): BudgetTable {
  const values = (id: string): Record<string, number> => (outcomes.has(id) ? { utfall: outcomes.get(id)! } : {});
  return {
    ...table,
    columns: [{ id: 'utfall', kind: 'utfall' }],
    groups: table.groups.map((group) => ({ ...group, declaredTotal: undefined, lines: group.lines.map((line) => ({ ...line, values: values(line.id) })) })),
    lines: table.lines.map((line) => ({ ...line, values: values(line.id) })),
    declaredTotal: undefined,
  };
}

function checkBudgetTotals(followUp: FollowUp, items: FollowableItems, planFile: string,
  report: (severity: Severity, code: string, path: readonly PathSegment[], message: string) => void): void {
  if (!followUp.budgetTotals?.length) return;
  const sums = outcomeSums(followUp, items);
  const tableIds = items.budgetTables.flatMap((t) => (t.table.id ? [t.table.id] : []));
  followUp.budgetTotals.forEach((total, i) => {
    let target = total.table === undefined ? undefined : items.budgetTables.find((t) => t.table.id === total.table);
    if (total.table !== undefined && !target) {
      report('error', 'uppfoljning-okand-hanvisning', ['budgetTotals', i, 'table'],
        `Budgettabellen "${total.table}" finns inte i ${planFile}.${didYouMean(total.table, tableIds)}${tableIds.length ? ` Tabeller med id: ${tableIds.join(', ')}.` : ''}`);
      return;
    }
    if (total.table === undefined) {
      if (items.budgetTables.length !== 1) {
        report('error', 'uppfoljning-tabell-saknas', ['budgetTotals', i], items.budgetTables.length === 0
          ? `${planFile} har ingen budgettabell att summera utfallet för.`
          : `${planFile} har ${items.budgetTables.length} budgettabeller; ange vilken summan gäller med table (tabellens id).`);
        return;
      }
      target = items.budgetTables[0]!;
    }
    const { table, index, lines } = target!;
    let computed = sums.get(index)!.total;
    let lineCount = lines.length;
    let what = 'Summan av utfallet';
    if (total.group !== undefined) {
      const g = table.groups.findIndex((group) => group.title === total.group);
      const titles = table.groups.map((group) => group.title);
      if (g < 0) {
        report('error', 'uppfoljning-okand-hanvisning', ['budgetTotals', i, 'group'],
          `Gruppen "${total.group}" finns inte i budgettabellen "${table.title}" i ${planFile}.${didYouMean(total.group, titles)}${titles.length ? ` Grupper: ${titles.map((t) => `"${t}"`).join(', ')}.` : ''}`);
        return;
      }
      computed = sums.get(index)!.groups[g]!;
      lineCount = table.groups[g]!.lines.length;
      what = `Summan av utfallet för "${total.group}"`;
    }
    const difference = subtractExact(computed, total.outcome);
    const tolerance = typeof table.tolerance === 'number' ? table.tolerance : table.tolerance.perLine * lineCount;
    const abs = difference.startsWith('-') ? difference.slice(1) : difference;
    if (compareExact(abs, tolerance) > 0) {
      const n = (value: number | string) => `${formatExactNumber(value)} ${table.unit}`;
      report('error', 'summa-stammer-inte', ['budgetTotals', i, 'outcome'],
        `${what} anges till ${n(total.outcome)} men raderna blir ${n(computed)} (skillnad ${n(difference)}, tillåten avvikelse ${n(tolerance)}).`);
    }
  });
}
