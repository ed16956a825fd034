/** Budget, carried-over funds and area budgets. Every sum comes from the derived model. */
import type { AreaBudget, BudgetGroup } from '../../../schemas';
import type { DerivedBlockOf } from '../../derive/derive-plan';
import { compareExact, type Decimal } from '../../shared/exact-decimal';
import { formatAmount, formatDateLong, formatKronor, type Numeric } from '../../shared/format-sv';
import { markdownItems, type FlowItem, type RenderContext } from '../items';
import { drawTable, runsCell, type TableCell } from '../tables';
import { CONTENT_WIDTH } from '../theme';

const amountCell = (value: Numeric, bold = false, emphasis = false) =>
  runsCell([{ text: formatAmount(value), style: bold ? 'bold' : 'regular' }], { align: 'right', emphasis });

function groupRows(groups: readonly BudgetGroup[], groupTotals: readonly Decimal[], rows: TableCell[][]): void {
  for (const [g, group] of groups.entries()) {
    if (group.title) rows.push([runsCell(group.title, { bold: true, colSpan: 2, rowHeader: true })]);
    for (const line of group.lines) {
      const label = line.note ? `${line.label} (${line.note})` : line.label;
      rows.push([runsCell(label, { rowHeader: true, indent: group.title ? 10 : 0 }), amountCell(line.amount)]);
    }
    if (group.title && group.lines.length > 1) {
      rows.push([runsCell(`Summa ${group.title.toLocaleLowerCase('sv-SE')}`, { rowHeader: true }), amountCell(groupTotals[g]!)]);
    }
  }
}

const COLUMNS = (first: string) => [{ title: first, weight: 4 }, { title: 'Belopp (kr)', weight: 1.4, align: 'right' as const }];

export function budgetItems(block: DerivedBlockOf<'budget'>, ctx: RenderContext): FlowItem[] {
  const totals = block.sums;
  const year = block.year ? ` ${block.year}` : '';
  const costs: TableCell[][] = [];
  groupRows(block.costs, totals.groups.costs, costs);
  costs.push([runsCell('Summa kostnader', { bold: true, rowHeader: true, emphasis: true }), amountCell(totals.costs, true, true)]);
  const revenues: TableCell[][] = [];
  groupRows(block.revenues, totals.groups.revenues, revenues);
  revenues.push([runsCell('Summa intäkter', { bold: true, rowHeader: true, emphasis: true }), amountCell(totals.revenues, true, true)]);
  if (!block.balanced || compareExact(totals.result, 0) !== 0) {
    revenues.push([runsCell('Resultat (intäkter − kostnader)', { bold: true, rowHeader: true }), amountCell(totals.result, true)]);
  }
  return [
    { startHeight: 80, draw: (flow) => drawTable(flow, { columns: COLUMNS(`Kostnader${year}`), rows: costs }, ctx.parent) },
    { startHeight: 80, draw: (flow) => drawTable(flow, { columns: COLUMNS(`Intäkter${year}`), rows: revenues, before: 10 }, ctx.parent) },
  ];
}

export function carriedOverFundsItems(block: DerivedBlockOf<'carriedOverFunds'>, ctx: RenderContext): FlowItem[] {
  const rows: TableCell[][] = block.lines.map((line) => [runsCell(line.note ? `${line.label} (${line.note})` : line.label, { rowHeader: true }), amountCell(line.amount)]);
  rows.push([runsCell('Summa', { bold: true, rowHeader: true, emphasis: true }), amountCell(block.sums.total, true, true)]);
  const title = block.asOf ? `${block.title} (per ${formatDateLong(block.asOf)})` : block.title;
  return [{
    startHeight: 80,
    draw: (flow) => drawTable(flow, { columns: COLUMNS(title), rows, before: 10 }, ctx.parent),
  }];
}

export function areaBudgetItems(block: AreaBudget, ctx: RenderContext): FlowItem[] {
  const items = markdownItems(ctx, block.text, ctx.parent, CONTENT_WIDTH);
  const facts: string[] = [];
  if (block.amount !== undefined) facts.push(`**Budget ${block.year}:** ${block.approximate ? 'cirka ' : ''}${formatKronor(block.amount)}`);
  if (block.funding.length) facts.push(`**Finansiering:** ${block.funding.join(', ')}`);
  if (facts.length) items.push(...markdownItems(ctx, facts.join('  \n'), ctx.parent, CONTENT_WIDTH));
  return items;
}
