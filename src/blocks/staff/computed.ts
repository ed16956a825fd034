/** A staff table's unit and total (none when fte and percent are mixed; the last year's for a table per year, with each year's) as plan.json publishes them. */
import type { BlockComputedHook } from '../../derive/computed-numbers';
import { exactJsonNumber } from '../../shared/exact-json-number';

export const staffComputed: BlockComputedHook<'staff'> = (staff) => {
  const { unit, total, byYear } = staff.sums;
  return {
    list: 'staff',
    numbers: {
      unit,
      total: total === undefined ? undefined : exactJsonNumber(total),
      ...(byYear ? { byYear: Object.fromEntries(byYear.map((entry) => [String(entry.year), exactJsonNumber(entry.total)])) } : {}),
    },
  };
};
