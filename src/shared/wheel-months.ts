/** The calendar months an annual wheel covers, shared by the date check and the geometry. */
import type { Wheel } from '../../schemas';
import { MONTHS } from '../../schemas/primitives';

/**
 * 0-based calendar months from the wheel's first month (`startMonth`, default januari) to
 * its last (`endMonth`, default the month before the first): [7, 8, …, 5] for a läsår
 * augusti–juni.
 */
export function wheelMonths(wheel: Pick<Wheel, 'startMonth' | 'endMonth'>): number[] {
  const first = MONTHS.indexOf(wheel.startMonth ?? 'januari');
  const last = wheel.endMonth ? MONTHS.indexOf(wheel.endMonth) : (first + 11) % 12;
  const count = ((last - first + 12) % 12) + 1;
  return Array.from({ length: count }, (_, k) => (first + k) % 12);
}
