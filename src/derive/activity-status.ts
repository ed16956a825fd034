import type { ActionPlan, ActivityStatus } from '../../schemas';
import { ACTIVITY_STATUS, ACTIVITY_STATUS_NOT_GIVEN } from '../shared/words-sv';
import { textCell } from './table-parts';
import type { Cell } from './presentation';

/**
 * The status column is shown only when the plan gives a status for some activity; a
 * missing status is never shown as "planerad" but as "Anges inte" (docs/beslut.md).
 */
export function showsActivityStatus(block: ActionPlan): boolean {
  return block.activities.some((activity) => activity.status !== undefined);
}

/** The status cell: the status's name with its badge style, or "Anges inte" for one left out. */
export function statusCell(status: ActivityStatus | undefined): Cell {
  return status
    ? textCell(ACTIVITY_STATUS[status], { status })
    : textCell(ACTIVITY_STATUS_NOT_GIVEN.name, { status: ACTIVITY_STATUS_NOT_GIVEN.status });
}
