/** A budget table's sums per column as plan.json publishes them: the total and each group's subtotal. */
import type { BlockComputedHook } from '../../derive/computed-numbers';
import { exactJsonNumber } from '../../shared/exact-json-number';

const perColumn = (sums: Record<string, string>) => Object.fromEntries(Object.entries(sums).map(([column, sum]) => [column, exactJsonNumber(sum)]));

export const budgetTableComputed: BlockComputedHook<'budgetTable'> = (table) => ({
  list: 'budgetTables',
  numbers: {
    title: table.title,
    unit: table.unit,
    total: perColumn(table.sums.total),
    groups: table.groupTitles.map((title, g) => ({ title, total: perColumn(table.sums.groups[g]!) })),
  },
});
