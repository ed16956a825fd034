/** Core area (FoU Jämt): goals, overarching activities, and the prioritised-activity table. */
import type { CoreArea } from '../../../schemas';
import { markdownCell, nestedListCell, nestedListToMdast } from '../cells';
import { rowsItem, type FlowItem, type RenderContext, markdownItems } from '../items';
import { ProseScope, ProseWriter } from '../prose';
import { drawTable } from '../tables';
import { BODY, CONTENT_WIDTH } from '../theme';
import { leadInItem } from './heading-text';

export function coreAreaItems(block: CoreArea, ctx: RenderContext): FlowItem[] {
  const parent = ctx.parent;
  const items: FlowItem[] = [leadInItem('Mål', parent)];
  const goals = new ProseWriter(new ProseScope(ctx.prose, { type: 'root', children: [] }), BODY);
  goals.block(nestedListToMdast(ctx, block.goals), 0, CONTENT_WIDTH, parent, 0);
  items.push(rowsItem(goals.rows));
  if (block.activities.length || block.goalsIntro) {
    items.push(leadInItem('Övergripande aktiviteter', parent, 8));
    if (block.goalsIntro) items.push(...markdownItems(ctx, block.goalsIntro, parent, CONTENT_WIDTH));
    const activities = new ProseWriter(new ProseScope(ctx.prose, { type: 'root', children: [] }), BODY);
    activities.block(nestedListToMdast(ctx, block.activities), 0, CONTENT_WIDTH, parent, 0);
    items.push(rowsItem(activities.rows));
  }
  if (block.prioritised?.length) {
    const rows = block.prioritised.map((entry) => [markdownCell(ctx, entry.activity), nestedListCell(ctx, entry.items)]);
    items.push({
      startHeight: 70,
      draw: (flow) => drawTable(flow, {
        columns: [{ title: 'Övergripande aktivitet', weight: 2 }, { title: 'Prioriterade aktiviteter', weight: 3 }],
        rows, before: 10,
      }, parent),
    });
  }
  return items;
}
