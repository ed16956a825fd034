import type { BudgetGroup } from '../../../../schemas';
import type { DerivedBlockOf } from '../../../derive/derive-plan';
import { compareExact, type Decimal } from '../../../shared/exact-decimal';
import { formatAmount } from '../../../shared/format-sv';
import type { PlanView } from '../../plan-view';
import { tableFrame } from '../table-frame';

export function budget(block: DerivedBlockOf<'budget'>, year: number, view: PlanView) {
  const totals = block.sums;
  const budgetYear = block.year ?? year;
  const sides: { title: string; groups: BudgetGroup[]; groupTotals: Decimal[]; total: Decimal; totalLabel: string }[] = [
    { title: 'Kostnader', groups: block.costs, groupTotals: totals.groups.costs, total: totals.costs, totalLabel: 'Summa kostnader' },
    { title: 'Intäkter', groups: block.revenues, groupTotals: totals.groups.revenues, total: totals.revenues, totalLabel: 'Summa intäkter' },
  ];
  return (
    <div class="budget" id={block.id}>
      {sides.map((side) => tableFrame(view, `${side.title} ${budgetYear}`,
        <table class="tabell belopp">
          <caption>{side.title} {budgetYear}</caption>
          <thead><tr><th scope="col">Post</th><th scope="col" class="tal">Belopp (kr)</th></tr></thead>
          {side.groups.map((group, g) => (
            <tbody>
              {group.title ? <tr class="grupprubrik"><th scope="colgroup" colspan={2}>{group.title}</th></tr> : null}
              {group.lines.map((line) => (
                <tr><th scope="row">{line.label}{line.note ? <span class="detalj">{line.note}</span> : null}</th><td class="tal">{formatAmount(line.amount)}</td></tr>
              ))}
              {group.title && side.groups.length > 1 && group.lines.length > 1
                ? <tr class="delsumma"><th scope="row">Summa {group.title.toLocaleLowerCase('sv')}</th><td class="tal">{formatAmount(side.groupTotals[g]!)}</td></tr>
                : null}
            </tbody>
          ))}
          <tfoot><tr class="summa"><th scope="row">{side.totalLabel}</th><td class="tal">{formatAmount(side.total)}</td></tr></tfoot>
        </table>, 'budgetsida'))}
      {!block.balanced || compareExact(totals.result, 0) !== 0
        ? <p class="budgetresultat">Resultat (intäkter minus kostnader): {formatAmount(totals.result)} kr</p>
        : null}
    </div>
  );
}
