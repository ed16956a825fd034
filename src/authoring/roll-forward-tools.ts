/** What a block type's roll-forward (src/blocks/<type>/roll-forward.ts) is and works with. */
import type { YAMLMap } from 'yaml';

/** Edits the block's YAML node in place (comments and layout survive) for a plan `years` later. */
export type BlockRollForward = (block: YAMLMap, years: number) => void;

/** Moves an ISO date `years` on; 29 February becomes 28 February when needed. */
export function shiftDate(isoDate: string, years: number): string {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  const target = y + years;
  const lastDay = new Date(Date.UTC(target, m, 0)).getUTCDate();
  return `${target}-${String(m).padStart(2, '0')}-${String(Math.min(d, lastDay)).padStart(2, '0')}`;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Moves `map[key]` on when it holds an ISO date; anything else is left as written. */
export function shiftDateAt(map: YAMLMap, key: string, years: number): void {
  const value = map.get(key);
  if (typeof value === 'string' && ISO_DATE.test(value)) map.set(key, shiftDate(value, years));
}

/** Moves `map[key]` on when it holds a year. */
export function shiftYearAt(map: YAMLMap, key: string, years: number): void {
  const value = map.get(key);
  if (typeof value === 'number') map.set(key, value + years);
}
