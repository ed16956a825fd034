/** "Uppdrag | Aktivitet | Verksamhet" (FoU Nordväst): participants, initials, funding mark. */
import type { AssignmentTable } from '../../../../schemas';
import { markdownListCell } from '../cells';
import { rowsItem, type FlowItem, type RenderContext } from '../items';
import { paragraphRows } from '../../engine/prose';
import { drawTable, runsCell, type TableCell } from '../../engine/tables';
import type { Run } from '../../engine/text-layout';
import { CONTENT_WIDTH, SMALL } from '../../engine/theme';

export function assignmentTableItems(block: AssignmentTable, ctx: RenderContext): FlowItem[] {
  const rows: TableCell[][] = block.rows.map((row) => {
    const runs: Run[] = [{ text: row.assignment + (row.externallyFunded ? ' *' : ''), style: 'bold' }];
    if (row.participants) runs.push({ text: `\n${row.participants}`, style: 'regular' });
    if (row.responsible.length) runs.push({ text: `\nAnsvarig: ${row.responsible.join(', ')}`, style: 'italic' });
    return [
      runsCell(runs),
      markdownListCell(ctx, row.activities, { bullets: true }),
      runsCell(row.serviceAreas.join('\n')),
    ];
  });
  const items: FlowItem[] = [{
    startHeight: 70,
    draw: (flow) => drawTable(flow, {
      columns: [{ title: 'Uppdrag', weight: 3 }, { title: 'Aktivitet', weight: 4 }, { title: 'Verksamhet', weight: 2 }],
      rows,
    }, ctx.parent),
  }];
  const notes: string[] = [];
  if (block.rows.some((r) => r.externallyFunded)) notes.push('* Externt finansierat.');
  const initials = [...new Set(block.rows.flatMap((r) => r.responsible))];
  const people = initials
    .map((i) => ctx.plan.plan.people.find((p) => p.initials === i))
    .filter((p) => p?.name)
    .map((p) => `${p!.initials} = ${p!.name}`);
  if (people.length) notes.push(`Ansvariga: ${people.join(', ')}.`);
  if (notes.length) {
    const p = ctx.parent.child('P');
    items.push(rowsItem([{ height: 3, items: [] }, ...paragraphRows([{ text: notes.join(' '), style: 'regular' }], p, { x: 0, width: CONTENT_WIDTH, style: SMALL })]));
  }
  return items;
}
