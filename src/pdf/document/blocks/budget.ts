/** Budget, carried-over funds and area budgets. Every sum comes from the derived model. */
import type { AreaBudget, BudgetGroup } from '../../../../schemas';
import type { DerivedBlockOf } from '../../../derive/derive-plan';
import { compareExact, type Decimal } from '../../../shared/exact-decimal';
import { formatAmount, formatDateLong, formatKronor, type Numeric } from '../../../shared/format-sv';
import { markdownItems, type FlowItem, type RenderContext } from '../items';
import { drawTable, runsCell, type TableCell } from '../../engine/tables';
import { CONTENT_WIDTH } from '../../engine/theme';

export function areaBudgetItems(block: AreaBudget, ctx: RenderContext): FlowItem[] {
  const items = markdownItems(ctx, block.text, ctx.parent, CONTENT_WIDTH);
  const facts: string[] = [];
  if (block.amount !== undefined) facts.push(`**Budget ${block.year}:** ${block.approximate ? 'cirka ' : ''}${formatKronor(block.amount)}`);
  if (block.funding.length) facts.push(`**Finansiering:** ${block.funding.join(', ')}`);
  if (facts.length) items.push(...markdownItems(ctx, facts.join('  \n'), ctx.parent, CONTENT_WIDTH));
  return items;
}
