/** A budget's sums as plan.json publishes them: costs, revenues, result and every group's total. */
import type { BlockComputedHook } from '../../derive/computed-numbers';
import { exactJsonNumber } from '../../shared/exact-json-number';

export const budgetComputed: BlockComputedHook<'budget'> = (budget) => {
  const { sums } = budget;
  const groups = [
    ...budget.groupTitles.costs.map((title, i) => ({ title, side: 'costs' as const, total: exactJsonNumber(sums.groups.costs[i]!) })),
    ...budget.groupTitles.revenues.map((title, i) => ({ title, side: 'revenues' as const, total: exactJsonNumber(sums.groups.revenues[i]!) })),
  ];
  return { list: 'budgets', numbers: { costs: exactJsonNumber(sums.costs), revenues: exactJsonNumber(sums.revenues), result: exactJsonNumber(sums.result), groups } };
};
