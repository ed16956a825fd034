/** Carried-over funds: one table of lines with their sum; the balance date under the caption. */
import type { BlockDeriver, BlockView } from '../../derive/block-deriver';
import { row, textCell } from '../../derive/table-parts';
import { formatAmount, formatDateLong } from '../../shared/format-sv';
import { carriedOverFundsSums, type LinesSum } from '../../shared/sums';
import { BUDGET } from '../../shared/words-sv';

export interface CarriedOverFundsView extends BlockView<'carriedOverFunds'> {
  sums: LinesSum;
  title: string;
}

export const deriveCarriedOverFunds: BlockDeriver<'carriedOverFunds', CarriedOverFundsView> = (block) => {
  const sums = carriedOverFundsSums(block);
  return {
    type: 'carriedOverFunds',
    title: block.title,
    sums,
    parts: [{
      kind: 'table',
      name: block.title,
      caption: { text: block.title },
      ...(block.asOf ? { captionDetail: BUDGET.asOf(formatDateLong(block.asOf)) } : {}),
      columns: [{ header: BUDGET.line, weight: 4 }, { header: BUDGET.amount, numeric: true, weight: 1.4 }],
      groups: [{ rows: block.lines.map((line) => row('line', [textCell(line.label, { header: true, ...(line.note ? { detail: line.note } : {}) }), textCell(formatAmount(line.amount), { numeric: true })])) }],
      footer: [row('total', [textCell(BUDGET.total, { header: true }), textCell(formatAmount(sums.total), { numeric: true })])],
      variant: 'belopp',
    }],
  };
};
