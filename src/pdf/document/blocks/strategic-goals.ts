/** Strategic goals with their Agenda 2030 goals (FoUrum). */
import type { StrategicGoals } from '../../../../schemas';
import type { FlowItem, RenderContext } from '../items';
import { drawTable, runsCell } from '../../engine/tables';

export function strategicGoalsItems(block: StrategicGoals, ctx: RenderContext): FlowItem[] {
  const rows = block.goals.map((goal, i) => [
    runsCell(`${i + 1}`, { align: 'right' }),
    runsCell(goal.title),
    runsCell(goal.agenda2030?.length ? goal.agenda2030.map((n) => `mål ${n}`).join(', ') : '–'),
  ]);
  return [{
    startHeight: 60,
    draw: (flow) => drawTable(flow, {
      columns: [{ title: 'Nr', weight: 0.5, align: 'right' }, { title: 'Strategiskt mål', weight: 5 }, { title: 'Agenda 2030', weight: 2 }],
      rows,
    }, ctx.parent),
  }];
}
