/**
 * Next year's staff table per year keeps its columns' span, moved on: [2023, 2024, 2025]
 * becomes [2024, 2025, 2026]. Years still in the table keep their values; a new year starts
 * from the last written year's value, to be reviewed. Declared totals stay only for years
 * whose values are unchanged. A single-year table is left as written.
 */
import { isMap, isScalar, isSeq, type YAMLMap } from 'yaml';
import type { BlockRollForward } from '../../authoring/roll-forward-tools';

const yearOf = (key: unknown): number => Number(isScalar(key) ? key.value : key);

/** Moves a map keyed by year to the new years: kept values stay, new years copy `fill` (or are left out). */
function moveYears(map: YAMLMap, kept: ReadonlySet<number>, added: readonly number[], fill: (map: YAMLMap) => unknown): void {
  const value = fill(map);
  for (const pair of [...map.items]) if (!kept.has(yearOf(pair.key))) map.delete(pair.key);
  if (value !== undefined) for (const year of added) map.set(year, value);
}

export const rollStaffForward: BlockRollForward = (staff, years) => {
  const node = staff.get('years', true);
  if (!isSeq(node)) return;
  const old = node.items.map((item) => yearOf(item));
  if (old.some((year) => !Number.isInteger(year))) return;
  const moved = old.map((year) => year + years);
  const kept = new Set(moved.filter((year) => old.includes(year)));
  const added = moved.filter((year) => !kept.has(year));
  const last = old.at(-1)!;
  node.items.forEach((item, i) => { if (isScalar(item)) item.value = moved[i]; });
  const lines = staff.get('lines', true);
  if (isSeq(lines)) {
    for (const line of lines.items) {
      const byYear = isMap(line) ? line.get('byYear', true) : undefined;
      if (isMap(byYear)) moveYears(byYear, kept, added, (map) => { const value = map.items.find((pair) => yearOf(pair.key) === last)?.value; return isScalar(value) ? value.value : value; });
    }
  }
  const totals = staff.get('declaredTotals', true);
  if (isMap(totals)) {
    moveYears(totals, kept, added, () => undefined);
    if (totals.items.length === 0) staff.delete('declaredTotals');
  }
};
