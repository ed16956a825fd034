import type { DerivedBlockOf } from '../../../derive/derive-plan';
import { formatFte, formatPercent } from '../../../shared/format-sv';
import type { PlanView } from '../../plan-view';
import { markdownBlock } from '../markdown-nodes';
import { tableFrame } from '../table-frame';

const format = (value: { fte?: number; percent?: number }) => (value.fte !== undefined ? `${formatFte(value.fte)} åa` : formatPercent(value.percent ?? 0));

export function staff(block: DerivedBlockOf<'staff'>, view: PlanView) {
  const { unit, total } = block.sums;
  const caption = block.title ?? 'Personal';
  return [
    tableFrame(view, caption,
      <table class="tabell belopp">
        <caption>{caption}</caption>
        <thead><tr><th scope="col">Roll eller område</th><th scope="col" class="tal">Omfattning</th></tr></thead>
        <tbody>
          {block.lines.map((line) => <tr><th scope="row">{line.label}{line.note ? <span class="detalj">{line.note}</span> : null}</th><td class="tal">{format(line)}</td></tr>)}
        </tbody>
        {total !== undefined
          ? <tfoot><tr class="summa"><th scope="row">Summa</th><td class="tal">{unit === 'fte' ? `${formatFte(total)} åa` : formatPercent(total)}</td></tr></tfoot>
          : null}
      </table>),
    unit === 'fte' ? <p class="tabellnot"><abbr title="årsarbetare">åa</abbr> = årsarbetare.</p> : null,
    markdownBlock(block.note, view.md),
  ];
}
