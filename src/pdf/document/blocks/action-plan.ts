/** Action plan (handlingsplan): activity with purpose and measure, responsible, timeline, status. */
import type { ActionPlan } from '../../../../schemas';
import { cellText, cellTextRows, markdownItems, type FlowItem, type RenderContext } from '../items';
import { drawTable, runsCell, type TableCell } from '../../engine/tables';
import { showsActivityStatus } from '../../../derive/activity-status';
import { CONTENT_WIDTH } from '../../engine/theme';
import { leadInItem } from './heading-text';

export function actionPlanItems(block: ActionPlan, ctx: RenderContext): FlowItem[] {
  const withStatus = showsActivityStatus(block);
  const rows: TableCell[][] = block.activities.map((activity) => {
    const what = cellText(ctx, activity.activity);
    const purpose = cellText(ctx, `*Syfte:* ${activity.purpose}`);
    const measure = cellText(ctx, `*Mått:* ${activity.measure}`);
    return [
      {
        footnotes: [what.scope, purpose.scope, measure.scope],
        layout: (x, width, node, style) => [
          ...cellTextRows(what, x, width, node, style),
          { height: 3, items: [] },
          ...cellTextRows(purpose, x, width, node, style),
          ...cellTextRows(measure, x, width, node, style),
        ],
      },
      runsCell(activity.responsible.join('\n')),
      runsCell(activity.timeline),
      ...(withStatus ? [runsCell(activity.status ?? '')] : []),
    ];
  });
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
