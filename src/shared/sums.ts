/**
 * Every sum in a plan is computed here, and only here: derive puts the results in the
 * model (`DerivedBlock.sums`), the renderers and plan.json read them from there, and the
 * declared-total checks call the same functions. Sums are exact (exact-decimal.ts) and
 * rounded once, when they are displayed (format-sv.ts).
 */
import type { Block, Budget, BudgetLine, CarriedOverFunds, Staff, StaffLine } from '../../schemas';
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
  const units = new Set(lines.map((line) => (line.fte !== undefined ? 'fte' : 'percent')));
  return units.size === 1 ? [...units][0]! : 'mixed';
}

export interface StaffSums {
  unit: StaffUnit | 'mixed';
  /** Sum in the table's own unit; absent for mixed tables, which have no meaningful sum. */
  total?: Decimal;
}

export function staffSums(staff: Staff): StaffSums {
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
