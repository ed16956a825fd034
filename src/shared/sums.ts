/**
 * Every sum in a plan is computed here, and only here: derive puts the results in the
 * model (`DerivedBlock.sums`), the renderers and plan.json read them from there, and the
 * declared-total checks call the same functions. Sums are exact (exact-decimal.ts) and
 * rounded once, when they are displayed (format-sv.ts).
 */
import type { Block, Budget, BudgetLine, BudgetTable, BudgetTableLine, CarriedOverFunds, Staff, StaffLine } from '../../schemas';
import { sumExact, subtractExact, type Decimal } from './exact-decimal';

export type { Decimal } from './exact-decimal';

export function sumLines(lines: readonly BudgetLine[]): Decimal {
  return sumExact(lines.map((line) => line.amount));
}

export interface BudgetSums {
  /** Each group's sum, in the order of `costs` and `revenues`. */
  groups: { costs: Decimal[]; revenues: Decimal[] };
  costs: Decimal;
  revenues: Decimal;
  /** revenues − costs */
  result: Decimal;
}

export function budgetSums(budget: Budget): BudgetSums {
  const groups = { costs: budget.costs.map((g) => sumLines(g.lines)), revenues: budget.revenues.map((g) => sumLines(g.lines)) };
  const costs = sumExact(groups.costs);
  const revenues = sumExact(groups.revenues);
  return { groups, costs, revenues, result: subtractExact(revenues, costs) };
}

export interface LinesSum {
  total: Decimal;
}

export function carriedOverFundsSums(block: CarriedOverFunds): LinesSum {
  return { total: sumLines(block.lines) };
}

export type StaffUnit = 'fte' | 'percent';

/** The unit of a staff table: all lines in årsarbetare, all in percent, or mixed. */
export function staffUnit(lines: readonly StaffLine[]): StaffUnit | 'mixed' {
  // Values per year (byYear) are årsarbetare.
  const units = new Set(lines.map((line) => (line.percent !== undefined ? 'percent' : 'fte')));
  return units.size === 1 ? [...units][0]! : 'mixed';
}

export interface StaffSums {
  unit: StaffUnit | 'mixed';
  /** Sum in the table's own unit; absent for mixed tables, which have no meaningful sum. For a table per year: the last year's. */
  total?: Decimal;
  /** A table per year (`years`): each year's sum in årsarbetare, in the order of `years`. */
  byYear?: { year: number; total: Decimal }[];
}

/** A staff line's value for one year; a value left out counts as 0 (the check reports it). */
export const staffYearValue = (line: StaffLine, year: number): number => line.byYear?.[String(year)] ?? 0;

export function staffSums(staff: Staff): StaffSums {
  if (staff.years) {
    const byYear = staff.years.map((year) => ({ year, total: sumExact(staff.lines.map((line) => staffYearValue(line, year))) }));
    return { unit: 'fte', total: byYear.at(-1)!.total, byYear };
  }
  const unit = staffUnit(staff.lines);
  if (unit === 'mixed') return { unit };
  return { unit, total: sumExact(staff.lines.map((line) => line.fte ?? line.percent ?? 0)) };
}

/** The sums a block shows, for the block types that have any. */
export function blockSums(block: Block): BudgetSums | LinesSum | StaffSums | undefined {
  switch (block.type) {
    case 'budget': return budgetSums(block);
    case 'carriedOverFunds': return carriedOverFundsSums(block);
    case 'staff': return staffSums(block);
    default: return undefined;
  }
}

/** A budget table's sums per typed column id: each group's subtotal and the table's total (or net). */
export interface BudgetTableSums {
  /** Typed (not computed) column ids, in table order. */
  columns: string[];
  groups: Record<string, Decimal>[];
  total: Record<string, Decimal>;
  /** How many lines each group has, and the table: the tolerance `perLine` multiplies these. */
  lineCounts: { groups: number[]; total: number };
}

/**
 * Sums as the source prints them: with costs negative every line is simply added (the
 * total is the net); with costs positive the total is costs minus revenues (the net cost),
 * each line's side taken from the line, else its group, else revenues.
 */
export function budgetTableSums(table: BudgetTable): BudgetTableSums {
  const columns = table.columns.flatMap((column) => ('kind' in column ? [column.id] : []));
  const value = (line: BudgetTableLine, column: string) => line.values[column] ?? 0;
  const groups = table.groups.map((group) => Object.fromEntries(columns.map((c) => [c, sumExact(group.lines.map((line) => value(line, c)))])));
  const signed = (line: BudgetTableLine, side: string | undefined, column: string): number | Decimal => {
    const v = value(line, column);
    if (table.sign === 'costsNegative') return v;
    return (line.side ?? side ?? 'intakter') === 'kostnader' ? v : subtractExact(0, v);
  };
  const all = [...table.groups.flatMap((g) => g.lines.map((line) => ({ line, side: g.side }))), ...table.lines.map((line) => ({ line, side: undefined }))];
  const total = Object.fromEntries(columns.map((c) => [c, sumExact(all.map(({ line, side }) => signed(line, side, c)))]));
  return { columns, groups, total, lineCounts: { groups: table.groups.map((g) => g.lines.length), total: all.length } };
}
