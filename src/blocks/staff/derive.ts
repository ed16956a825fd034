/**
 * Staff per role or area, in årsarbetare ("1,0 åa") or percent, with the sum in the
 * table's unit when every line has the same unit and the plan does not turn it off.
 */
import type { StaffLine } from '../../../schemas';
import type { BlockDeriver, BlockView } from '../../derive/block-deriver';
import type { Part } from '../../derive/presentation';
import { row, textCell } from '../../derive/table-parts';
import { formatFte, formatPercent, type Numeric } from '../../shared/format-sv';
import { staffSums, type StaffSums } from '../../shared/sums';
import { STAFF } from '../../shared/words-sv';

export interface StaffView extends BlockView<'staff'> {
  sums: StaffSums;
}

const fte = (value: Numeric) => `${formatFte(value)} ${STAFF.fteUnit}`;
const extent = (line: StaffLine) => (line.fte !== undefined ? fte(line.fte) : formatPercent(line.percent ?? 0));

export const deriveStaff: BlockDeriver<'staff', StaffView> = (block) => {
  const sums = staffSums(block);
  const caption = block.title ?? STAFF.caption;
  const total = block.showTotal && sums.total !== undefined
    ? [row('total', [textCell(STAFF.total, { header: true }), textCell(sums.unit === 'fte' ? fte(sums.total) : formatPercent(sums.total), { numeric: true })])]
    : [];
  const parts: Part[] = [{
    kind: 'table',
    name: caption,
    caption: { text: caption },
    columns: [{ header: STAFF.role, weight: 4 }, { header: STAFF.extent, numeric: true, weight: 1.5 }],
    groups: [{ rows: block.lines.map((line) => row('line', [textCell(line.label, { header: true, ...(line.note ? { detail: line.note } : {}) }), textCell(extent(line), { numeric: true })])) }],
    footer: total,
    variant: 'belopp',
  }];
  if (block.lines.some((line) => line.fte !== undefined)) {
    parts.push({ kind: 'note', text: STAFF.fteExplanation, abbreviation: { short: STAFF.fteUnit, expansion: STAFF.fteExpansion } });
  }
  if (block.note) parts.push({ kind: 'prose', markdown: block.note });
  return { type: 'staff', sums, parts };
};
