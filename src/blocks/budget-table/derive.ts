/**
 * A budget table: one table part, its first column the line labels, then one column per
 * declared column (typed values, or change columns computed here). Groups carry their
 * subtotals; the footer the table's total or net. Every header, sum and change is derived
 * here, so the site and the PDF show the same text.
 */
import type { BudgetTable } from '../../../schemas';
import type { BlockDeriver, BlockView } from '../../derive/block-deriver';
import type { Cell, Column, Row, RowGroup } from '../../derive/presentation';
import { row, textCell } from '../../derive/table-parts';
import { compareExact, subtractExact, type Decimal } from '../../shared/exact-decimal';
import { formatAmount, formatNumber } from '../../shared/format-sv';
import { budgetTableSums, type BudgetTableSums } from '../../shared/sums';
import { BUDGET_TABLE } from '../../shared/words-sv';

export interface BudgetTableView extends BlockView<'budgetTable'> {
  title: string;
  unit: string;
  sums: BudgetTableSums;
  groupTitles: string[];
}

type ColumnSpec = BudgetTable['columns'][number];

const oneDecimal = new Intl.NumberFormat('sv-SE', { minimumFractionDigits: 1, maximumFractionDigits: 1 });

/** "Bokslut 2021", "Budget" or the column's own label. */
export function valueHeader(column: Extract<ColumnSpec, { kind: string }>): string {
  if (column.label) return column.label;
  const kind = BUDGET_TABLE.kinds[column.kind];
  return column.year === undefined ? kind : `${kind} ${column.year}`;
}

/** "Förändring 2022–2023 (tkr)" or the column's own label. */
export function changeHeader(column: Extract<ColumnSpec, { change: unknown }>, table: BudgetTable): string {
  if (column.label) return column.label;
  const typed = (id: string) => table.columns.find((c): c is Extract<ColumnSpec, { kind: string }> => 'kind' in c && c.id === id);
  const from = typed(column.change.from)?.year;
  const to = typed(column.change.to)?.year;
  const unit = column.change.as === 'procent' ? BUDGET_TABLE.percentUnit : table.unit;
  return from !== undefined && to !== undefined && from !== to ? BUDGET_TABLE.change(String(from), String(to), unit) : BUDGET_TABLE.changePlain(unit);
}

/** The change from `from` to `to`: a difference, or a percentage with one decimal (undefined for a zero base). */
export function changeValue(from: number | Decimal, to: number | Decimal, as: 'kr' | 'procent'): string | undefined {
  const difference = subtractExact(to, from);
  if (as === 'kr') return formatNumber(difference);
  if (compareExact(from, 0) === 0) return undefined;
  return `${oneDecimal.format((Number(difference) / Math.abs(Number(from))) * 100)}\u00a0%`;
}

/** Amounts as written: whole numbers with spaces, decimals (mnkr) with a decimal comma. */
const amountText = (value: number | Decimal) => (String(value).includes('.') ? formatNumber(value) : formatAmount(value));

function cells(table: BudgetTable, values: Readonly<Record<string, number | Decimal>>): Cell[] {
  return table.columns.map((column) => {
    if ('kind' in column) {
      const v = values[column.id];
      return v === undefined ? textCell('', { numeric: true, emptyLabel: BUDGET_TABLE.missing }) : textCell(amountText(v), { numeric: true });
    }
    const from = values[column.change.from];
    const to = values[column.change.to];
    const shown = from === undefined || to === undefined ? undefined : changeValue(from, to, column.change.as);
    return shown === undefined
      ? textCell('', { numeric: true, emptyLabel: from === undefined || to === undefined ? BUDGET_TABLE.missing : BUDGET_TABLE.noPercent })
      : textCell(shown, { numeric: true });
  });
}

export const deriveBudgetTable: BlockDeriver<'budgetTable', BudgetTableView> = (block) => {
  const sums = budgetTableSums(block);
  const columns: Column[] = [
    { header: BUDGET_TABLE.line, weight: 3 },
    ...block.columns.map((column) => ({ header: 'kind' in column ? valueHeader(column) : changeHeader(column, block), numeric: true, weight: 1 })),
  ];
  const lineRow = (line: BudgetTable['lines'][number]): Row =>
    row('line', [textCell(line.label, { header: true, ...(line.note ? { detail: line.note } : {}) }), ...cells(block, line.values)]);
  // A table of one group and no loose lines has its group's sum as its total: shown as the
  // group's subtotal, or, when the author names the total (`totalLabel`), as that total row.
  const single = block.groups.length + block.lines.length === 1;
  const namedTotal = single && block.totalLabel !== undefined;
  const hasTotal = !single || namedTotal;
  const groups: RowGroup[] = block.groups.map((group, g) => ({
    heading: group.title,
    rows: [...group.lines.map(lineRow), ...(group.lines.length > 1 && !namedTotal ? [row('subtotal', [textCell(BUDGET_TABLE.groupTotal(group.title), { header: true }), ...cells(block, sums.groups[g]!)])] : [])],
  }));
  if (block.lines.length > 0) groups.push({ rows: block.lines.map(lineRow) });
  return {
    type: 'budgetTable',
    ...(block.id ? { anchor: block.id } : {}),
    title: block.title,
    unit: block.unit,
    sums,
    groupTitles: block.groups.map((g) => g.title),
    parts: [
      {
        kind: 'table',
        name: block.title,
        caption: { text: block.title },
        captionDetail: BUDGET_TABLE.unit(block.unit),
        columns,
        groups,
        footer: hasTotal ? [row('total', [textCell(block.totalLabel ?? BUDGET_TABLE.total, { header: true }), ...cells(block, sums.total)])] : [],
        // Five or more numeric columns: a smaller type in the PDF, a scrolling frame with a sticky first column on the site.
        variant: block.columns.length >= 5 ? 'belopp-bred' : 'belopp',
      },
      ...(block.note ? [{ kind: 'note' as const, text: block.note }] : []),
    ],
  };
};
