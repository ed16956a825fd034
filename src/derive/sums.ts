/** Every sum in a plan is computed here, and only here. */
import type { Budget, BudgetGroup, BudgetLine, Staff, StaffLine } from '../../schemas';

export function sumLines(lines: readonly BudgetLine[]): number {
  return lines.reduce((total, line) => total + line.amount, 0);
}

export function sumGroups(groups: readonly BudgetGroup[]): number {
  return groups.reduce((total, group) => total + sumLines(group.lines), 0);
}

export interface BudgetTotals {
  costs: number;
  revenues: number;
  /** revenues − costs */
  result: number;
}

export function budgetTotals(budget: Budget): BudgetTotals {
  const costs = sumGroups(budget.costs);
  const revenues = sumGroups(budget.revenues);
  return { costs, revenues, result: revenues - costs };
}

export type StaffUnit = 'fte' | 'percent';

/** The unit of a staff table: all lines in årsarbetare, all in percent, or mixed. */
export function staffUnit(lines: readonly StaffLine[]): StaffUnit | 'mixed' {
  const units = new Set(lines.map((line) => (line.fte !== undefined ? 'fte' : 'percent')));
  return units.size === 1 ? [...units][0]! : 'mixed';
}

/** Sum in the table's own unit; undefined for mixed tables, which have no meaningful sum. */
export function staffTotal(staff: Staff): number | undefined {
  const unit = staffUnit(staff.lines);
  if (unit === 'mixed') return undefined;
  // Sum in hundredths so that 37.35 stays 37.35 and not 37.349999.
  const hundredths = staff.lines.reduce((total, line) => total + Math.round((line.fte ?? line.percent ?? 0) * 100), 0);
  return hundredths / 100;
}
