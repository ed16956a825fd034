/** Program logic (Fyrbodal): resources span every assignment of their group. */
import type { ProgramLogic } from '../../../../schemas';
import { markdownListCell } from '../cells';
import type { FlowItem, RenderContext } from '../items';
import { drawTable, type TableCell } from '../../engine/tables';

export function programLogicItems(block: ProgramLogic, ctx: RenderContext): FlowItem[] {
  const headings = { resources: 'Resurser', assignments: 'Uppdrag', activities: 'Det här ska vi göra', outcomes: 'Utfall', ...block.headings };
  const rows: TableCell[][] = [];
  for (const group of block.groups) {
    group.assignments.forEach((assignment, i) => {
      const cells: TableCell[] = [];
      if (i === 0) cells.push(markdownListCell(ctx, group.resources, { rowSpan: group.assignments.length }));
      cells.push(
        markdownListCell(ctx, assignment.assignment),
        markdownListCell(ctx, assignment.activities, { bullets: true }),
        markdownListCell(ctx, assignment.outcomes, { bullets: true }),
      );
      rows.push(cells);
    });
  }
  return [{
    startHeight: 70,
    draw: (flow) => drawTable(flow, {
      columns: [
        { title: headings.resources, weight: 2 }, { title: headings.assignments, weight: 2.4 },
        { title: headings.activities, weight: 3 }, { title: headings.outcomes, weight: 2.4 },
      ],
      rows,
    }, ctx.parent),
  }];
}
