/** Action plan (handlingsplan): activity with purpose and measure, responsible, timeline, status. */
import type { ActionPlan } from '../../../schemas';
import { markdownCellRows, markdownItems, type FlowItem, type RenderContext } from '../items';
import { drawTable, runsCell, type TableCell } from '../tables';
import { showsActivityStatus } from '../../derive/activity-status';
import { CONTENT_WIDTH } from '../theme';
import { leadInItem } from './heading-text';

export function actionPlanItems(block: ActionPlan, ctx: RenderContext): FlowItem[] {
  const withStatus = showsActivityStatus(block);
  const rows: TableCell[][] = block.activities.map((activity) => [
    {
      layout: (x, width, node, style) => [
        ...markdownCellRows(ctx, activity.activity, x, width, node, style),
        { height: 3, items: [] },
        ...markdownCellRows(ctx, `*Syfte:* ${activity.purpose}`, x, width, node, style),
        ...markdownCellRows(ctx, `*Mått:* ${activity.measure}`, x, width, node, style),
      ],
    },
    runsCell(activity.responsible.join('\n')),
    runsCell(activity.timeline),
    ...(withStatus ? [runsCell(activity.status ?? '')] : []),
  ]);
  const items: FlowItem[] = [
    leadInItem(`Målområde: ${block.goalArea}`, ctx.parent),
    {
      startHeight: 70,
      draw: (flow) => drawTable(flow, {
        columns: [
          { title: 'Aktivitet, syfte och mått', weight: 5 }, { title: 'Ansvar', weight: 1.6 },
          { title: 'Tidplan', weight: 1.6 }, ...(withStatus ? [{ title: 'Status', weight: 1.2 }] : []),
        ],
        rows,
      }, ctx.parent),
    },
  ];
  for (const status of ['genomförd', 'påbörjad'] as const) {
    const entries = (block.progress ?? []).filter((p) => p.status === status);
    if (!entries.length) continue;
    items.push(leadInItem(status === 'genomförd' ? 'Genomförda aktiviteter' : 'Påbörjade aktiviteter', ctx.parent, 10));
    for (const entry of entries) {
      items.push(...markdownItems(ctx, entry.title ? `**${entry.title}.** ${entry.text}` : entry.text, ctx.parent, CONTENT_WIDTH));
    }
  }
  return items;
}
