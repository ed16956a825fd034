/** Roles with separate funding: role, share of a position, mandate (Fyrbodal). */
import type { FundedRoles } from '../../../../schemas';
import { formatPercent } from '../../../shared/format-sv';
import type { FlowItem, RenderContext } from '../items';
import { drawTable, runsCell } from '../../engine/tables';
import { leadInItem } from './heading-text';

export function fundedRolesItems(block: FundedRoles, ctx: RenderContext): FlowItem[] {
  const rows = block.roles.map((role) => [runsCell(role.role), runsCell(formatPercent(role.percent), { align: 'right' }), runsCell(role.mandate ?? '')]);
  return [
    leadInItem(block.title, ctx.parent),
    {
      startHeight: 60,
      draw: (flow) => drawTable(flow, {
        columns: [{ title: 'Roll', weight: 4 }, { title: 'Omfattning', weight: 1.4, align: 'right' }, { title: 'Uppdrag', weight: 3 }],
        rows,
      }, ctx.parent),
    },
  ];
}
