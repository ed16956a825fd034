/**
 * A budget as two tables, costs then revenues, each line under its group's title; a
 * titled group's subtotal only where it adds something (several groups, several lines).
 * The result row appears when the budget need not balance or does not.
 */
import type { BudgetGroup, Plan } from '../../../schemas';
import type { BlockDeriver, BlockView } from '../../derive/block-deriver';
import type { Row, RowGroup, TablePart } from '../../derive/presentation';
import { row, textCell } from '../../derive/table-parts';
import { compareExact, type Decimal } from '../../shared/exact-decimal';
import { formatAmount } from '../../shared/format-sv';
import { budgetSums, type BudgetSums } from '../../shared/sums';
import { BUDGET } from '../../shared/words-sv';

export interface BudgetView extends BlockView<'budget'> {
  sums: BudgetSums;
  /** Group titles in the order of the sums, for plan.json. */
  groupTitles: { costs: (string | undefined)[]; revenues: (string | undefined)[] };
}

/** The budget's year as written, else the plan's year when the plan covers one year only. */
export function budgetYear(year: number | undefined, plan: Plan): number | undefined {
  if (year !== undefined) return year;
  const { start, end } = plan.period;
  return end === undefined || end === start ? start : undefined;
}

const amountCell = (value: Decimal | number) => textCell(formatAmount(value), { numeric: true });

function groupRows(groups: readonly BudgetGroup[], totals: readonly Decimal[]): RowGroup[] {
  return groups.map((group, g) => {
    const rows: Row[] = group.lines.map((line) => row('line', [textCell(line.label, { header: true, ...(line.note ? { detail: line.note } : {}) }), amountCell(line.amount)]));
    if (group.title && groups.length > 1 && group.lines.length > 1) {
      rows.push(row('subtotal', [textCell(BUDGET.groupTotal(group.title), { header: true }), amountCell(totals[g]!)]));
    }
    return { ...(group.title ? { heading: group.title } : {}), rows };
  });
}

export const deriveBudget: BlockDeriver<'budget', BudgetView> = (block, ctx) => {
  const sums = budgetSums(block);
  const year = budgetYear(block.year, ctx.plan);
  const side = (title: string, groups: readonly BudgetGroup[], totals: readonly Decimal[], totalLabel: string, total: Decimal, extra: Row[]): TablePart => {
    const name = year === undefined ? title : `${title} ${year}`;
    return {
      kind: 'table',
      name,
      caption: { text: name },
      columns: [{ header: BUDGET.line, weight: 4 }, { header: BUDGET.amount, numeric: true, weight: 1.4 }],
      groups: groupRows(groups, totals),
      footer: [row('total', [textCell(totalLabel, { header: true }), amountCell(total)]), ...extra],
      variant: 'belopp',
    };
  };
  const showResult = !block.balanced || compareExact(sums.result, 0) !== 0;
  const result = showResult ? [row('result', [textCell(BUDGET.result, { header: true }), amountCell(sums.result)])] : [];
  return {
    type: 'budget',
    ...(block.id ? { anchor: block.id } : {}),
    parts: [
      side(BUDGET.costs, block.costs, sums.groups.costs, BUDGET.totalCosts, sums.costs, []),
      side(BUDGET.revenues, block.revenues, sums.groups.revenues, BUDGET.totalRevenues, sums.revenues, result),
    ],
    sums,
    groupTitles: { costs: block.costs.map((g) => g.title), revenues: block.revenues.map((g) => g.title) },
  };
};
