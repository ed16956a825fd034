/** A staff table's unit and total (none when fte and percent are mixed) as plan.json publishes them. */
import type { BlockComputedHook } from '../../derive/computed-numbers';
import { exactJsonNumber } from '../../shared/exact-json-number';

export const staffComputed: BlockComputedHook<'staff'> = (staff) => {
  const { unit, total } = staff.sums;
  return { list: 'staff', numbers: { unit, total: total === undefined ? undefined : exactJsonNumber(total) } };
};
