import type { FundedRoles } from '../../../../schemas';
import { formatPercent } from '../../../shared/format-sv';
import type { PlanView } from '../../plan-view';
import { tableFrame } from '../table-frame';

export function fundedRoles(block: FundedRoles, view: PlanView) {
  return tableFrame(view, block.title,
    <table class="tabell">
      <caption>{block.title}</caption>
      <thead><tr><th scope="col">Roll</th><th scope="col" class="tal">Omfattning</th><th scope="col">Uppdrag</th></tr></thead>
      <tbody>
        {block.roles.map((role) => (
          <tr><th scope="row">{role.role}</th><td class="tal">{formatPercent(role.percent)}</td><td>{role.mandate ?? ''}</td></tr>
        ))}
      </tbody>
    </table>);
}
