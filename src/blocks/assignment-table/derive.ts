/**
 * "Uppdrag | Aktivitet | Verksamhet" (FoU Nordväst): each assignment with its participants
 * and responsible people by name, externally funded ones marked and explained below.
 */
import type { BlockDeriver, BlockView } from '../../derive/block-deriver';
import type { Part } from '../../derive/presentation';
import { linesCell, row, textCell } from '../../derive/table-parts';
import { ASSIGNMENTS, joinValues } from '../../shared/words-sv';

export const deriveAssignmentTable: BlockDeriver<'assignmentTable', BlockView<'assignmentTable'>> = (block, ctx) => {
  const result = ctx.lookups.resultGoal(block.resultGoal);
  const caption = result ? ASSIGNMENTS.caption(result.number, result.goal.title) : ASSIGNMENTS.unlinked;
  const mark = { symbol: ASSIGNMENTS.externalMark, meaning: ASSIGNMENTS.externallyFunded };
  const parts: Part[] = [{
    kind: 'table',
    name: caption,
    caption: { text: caption },
    columns: [{ header: ASSIGNMENTS.assignment, weight: 3 }, { header: ASSIGNMENTS.activity, weight: 4 }, { header: ASSIGNMENTS.serviceArea, weight: 2 }],
    groups: [{
      rows: block.rows.map((r) => row('line', [
        linesCell([
          { text: r.assignment, strong: true, ...(r.externallyFunded ? { mark } : {}) },
          r.participants ? { text: r.participants, detail: true } : undefined,
          r.responsible.length > 0 ? { text: ASSIGNMENTS.responsible(r.responsible.map((initials) => ctx.lookups.personName(initials))), detail: true } : undefined,
        ], { header: true }),
        r.activities.length > 1 ? linesCell([], { list: r.activities.map((text) => ({ text: { text, markdown: true } })) }) : linesCell(r.activities.map((text) => ({ text, markdown: true }))),
        textCell(joinValues(r.serviceAreas)),
      ])),
    }],
    footer: [],
    variant: 'uppdragstabell',
  }];
  if (block.rows.some((r) => r.externallyFunded)) parts.push({ kind: 'note', mark: ASSIGNMENTS.externalMark, text: ASSIGNMENTS.externalNote });
  return { type: 'assignmentTable', parts };
};
