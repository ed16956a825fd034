/** Core area (FoU Jämt): goals, overarching activities, and the prioritised-activity table. */
import type { CoreArea } from '../../../../schemas';
import { markdownCell, nestedList, nestedListCell } from '../cells';
import { footnotesItem, rowsItem, type FlowItem, type RenderContext, markdownItems } from '../items';
import { ProseWriter } from '../../engine/prose';
import { drawTable } from '../../engine/tables';
import { BODY, CONTENT_WIDTH } from '../../engine/theme';
import { leadInItem } from './heading-text';

export function coreAreaItems(block: CoreArea, ctx: RenderContext): FlowItem[] {
  const parent = ctx.parent;
  const items: FlowItem[] = [leadInItem('Mål', parent)];
  const listItems = (list: ReturnType<typeof nestedList>) => {
    const writer = new ProseWriter(list.scope, BODY);
    writer.block(list.list, 0, CONTENT_WIDTH, parent, 0);
    const notes = footnotesItem([list.scope], parent, CONTENT_WIDTH);
    return notes ? [rowsItem(writer.rows), notes] : [rowsItem(writer.rows)];
  };
  items.push(...listItems(nestedList(ctx, block.goals)));
  if (block.activities.length || block.goalsIntro) {
    items.push(leadInItem('Övergripande aktiviteter', parent, 8));
    if (block.goalsIntro) items.push(...markdownItems(ctx, block.goalsIntro, parent, CONTENT_WIDTH));
    items.push(...listItems(nestedList(ctx, block.activities)));
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
