/**
 * Budget tables: column ids known and unique, change columns between typed columns, line
 * ids unique, and every declared total (per group and for the table, per column) equal to
 * the computed sum within the table's tolerance. The sums are shared/sums.ts's.
 */
import type { BudgetTable } from '../../../schemas';
import type { PathSegment } from '../../load/field-path';
import { compareExact, subtractExact } from '../../shared/exact-decimal';
import { formatExactNumber } from '../../shared/format-sv';
import { budgetTableSums } from '../../shared/sums';
import type { CheckContext } from '../check-context';
import { blocksOfType } from '../walk-plan';

/** Allowed difference for a sum over `lines` lines. */
function allowed(table: BudgetTable, lines: number): number {
  return typeof table.tolerance === 'number' ? table.tolerance : table.tolerance.perLine * lines;
}

const abs = (value: string) => (value.startsWith('-') ? value.slice(1) : value);

export function checkBudgetTables(ctx: CheckContext): void {
  for (const { block, path } of blocksOfType(ctx.plan, 'budgetTable')) {
    const typed = new Map<string, string>();
    const seen = new Set<string>();
    block.columns.forEach((column, c) => {
      if (column.id === undefined) return;
      if (seen.has(column.id)) ctx.error('budgettabell-dubbelt-id', [...path, 'columns', c, 'id'], `Kolumnen "${column.id}" finns redan i tabellen; varje kolumn behöver ett eget id.`);
      seen.add(column.id);
      if ('kind' in column) typed.set(column.id, column.id);
    });
    block.columns.forEach((column, c) => {
      if ('kind' in column) return;
      for (const end of ['from', 'to'] as const) {
        if (!typed.has(column.change[end])) {
          ctx.error('budgettabell-okand-kolumn', [...path, 'columns', c, 'change', end],
            `Förändringen räknas från en kolumn som inte finns: "${column.change[end]}". Kända kolumner: ${[...typed.keys()].join(', ')}.`);
        }
      }
    });
    const lineIds = new Set<string>();
    const lines: { values: Record<string, number>; id: string; at: PathSegment[] }[] = [
      ...block.groups.flatMap((group, g) => group.lines.map((line, l) => ({ ...line, at: [...path, 'groups', g, 'lines', l] as PathSegment[] }))),
      ...block.lines.map((line, l) => ({ ...line, at: [...path, 'lines', l] as PathSegment[] })),
    ];
    for (const line of lines) {
      if (lineIds.has(line.id)) ctx.error('budgettabell-dubbelt-id', [...line.at, 'id'], `Raden har samma id som en annan rad i tabellen: "${line.id}".`);
      lineIds.add(line.id);
      for (const column of Object.keys(line.values)) {
        if (!typed.has(column)) {
          ctx.error('budgettabell-okand-kolumn', [...line.at, 'values', column],
            `Värdet anges för en kolumn som inte finns: "${column}". Kända kolumner: ${[...typed.keys()].join(', ')}.`);
        }
      }
    }
    const declaredChecks: { declared: Record<string, number>; computed: Record<string, string>; lines: number; at: PathSegment[]; what: string }[] = [];
    const sums = budgetTableSums(block);
    block.groups.forEach((group, g) => {
      if (group.declaredTotal) declaredChecks.push({ declared: group.declaredTotal, computed: sums.groups[g]!, lines: group.lines.length, at: [...path, 'groups', g, 'declaredTotal'], what: `Summan för "${group.title}"` });
    });
    if (block.declaredTotal) declaredChecks.push({ declared: block.declaredTotal, computed: sums.total, lines: sums.lineCounts.total, at: [...path, 'declaredTotal'], what: `Tabellens summa` });
    for (const check of declaredChecks) {
      for (const [column, declared] of Object.entries(check.declared)) {
        const computed = check.computed[column];
        if (computed === undefined) {
          ctx.error('budgettabell-okand-kolumn', [...check.at, column], `Summan anges för en kolumn som inte finns: "${column}". Kända kolumner: ${[...typed.keys()].join(', ')}.`);
          continue;
        }
        const difference = subtractExact(computed, declared);
        const tolerance = allowed(block, check.lines);
        if (compareExact(abs(difference), tolerance) > 0) {
          const n = (value: number | string) => `${formatExactNumber(value)} ${block.unit}`;
          ctx.error('summa-stammer-inte', [...check.at, column],
            `${check.what} i kolumnen "${column}" anges till ${n(declared)} men raderna blir ${n(computed)} (skillnad ${n(difference)}, tillåten avvikelse ${n(tolerance)}). Ändra summan till ${n(computed)}, eller raderna så att de tillsammans blir ${n(abs(difference))} ${compareExact(difference, 0) > 0 ? 'mindre' : 'mer'} i kolumnen.`);
        }
      }
    }
  }
}
