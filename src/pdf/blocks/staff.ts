/** Staff in full-time equivalents or percent; the sum comes from the derived model. */
import type { DerivedBlockOf } from '../../derive/derive-plan';
import { formatFte, formatPercent } from '../../shared/format-sv';
import { markdownItems, type FlowItem, type RenderContext } from '../items';
import { drawTable, runsCell, type TableCell } from '../tables';
import { CONTENT_WIDTH } from '../theme';

export function staffItems(block: DerivedBlockOf<'staff'>, ctx: RenderContext): FlowItem[] {
  const { unit, total } = block.sums;
  const amount = (line: { fte?: number; percent?: number }) => (line.fte !== undefined ? `${formatFte(line.fte)}${unit === 'mixed' ? ' åa' : ''}` : formatPercent(line.percent ?? 0));
  const rows: TableCell[][] = block.lines.map((line) => [runsCell(line.label, { rowHeader: true }), runsCell(amount(line), { align: 'right' }), runsCell(line.note ?? '')]);
  if (total !== undefined) {
    rows.push([
      runsCell('Summa', { bold: true, rowHeader: true, emphasis: true }),
      runsCell([{ text: unit === 'fte' ? formatFte(total) : formatPercent(total), style: 'bold' }], { align: 'right', emphasis: true }),
      runsCell('', { emphasis: true }),
    ]);
  }
  const head = unit === 'fte' ? 'Årsarbetare' : unit === 'percent' ? 'Omfattning' : 'Omfattning';
  const items: FlowItem[] = [{
    startHeight: 60,
    draw: (flow) => drawTable(flow, {
      columns: [{ title: block.title ?? 'Roll', weight: 4 }, { title: head, weight: 1.5, align: 'right' }, { title: 'Kommentar', weight: 3 }],
      rows,
    }, ctx.parent),
  }];
  if (block.note) items.push(...markdownItems(ctx, block.note, ctx.parent, CONTENT_WIDTH));
  return items;
}
