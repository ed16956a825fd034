import type { AreaBudget } from '../../../../schemas';
import { formatKronor } from '../../../shared/format-sv';
import type { PlanView } from '../../plan-view';
import { markdownBlock } from '../markdown-nodes';

export function areaBudget(block: AreaBudget, view: PlanView) {
  return (
    <div class="omradesbudget">
      <dl class="faktarad">
        <div><dt>Budget {block.year}</dt><dd>{block.amount !== undefined ? `${block.approximate ? 'cirka ' : ''}${formatKronor(block.amount)}` : 'Ej angiven som belopp'}</dd></div>
        {block.funding.length > 0 ? <div><dt>Finansiering</dt><dd>{block.funding.join(', ')}</dd></div> : null}
      </dl>
      {markdownBlock(block.text, view.md)}
    </div>
  );
}
