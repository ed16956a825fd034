import type { DerivedBlockOf } from '../../../derive/derive-plan';
import { formatAmount, formatDateLong } from '../../../shared/format-sv';
import type { PlanView } from '../../plan-view';
import { tableFrame } from '../table-frame';

export function carriedOverFunds(block: DerivedBlockOf<'carriedOverFunds'>, view: PlanView) {
  return tableFrame(view, block.title,
    <table class="tabell belopp">
      <caption>{block.title}{block.asOf ? <span class="detalj">Saldo per {formatDateLong(block.asOf)}</span> : null}</caption>
      <thead><tr><th scope="col">Post</th><th scope="col" class="tal">Belopp (kr)</th></tr></thead>
      <tbody>
        {block.lines.map((line) => <tr><th scope="row">{line.label}{line.note ? <span class="detalj">{line.note}</span> : null}</th><td class="tal">{formatAmount(line.amount)}</td></tr>)}
      </tbody>
      <tfoot><tr class="summa"><th scope="row">Summa balanserade medel</th><td class="tal">{formatAmount(block.sums.total)}</td></tr></tfoot>
    </table>);
}
