import type { ActionPlan } from '../../schemas';

/**
 * The status column is shown only when the plan gives a status for some activity; a
 * missing status is never shown as "planerad" (docs/beslut.md).
 */
export function showsActivityStatus(block: ActionPlan): boolean {
  return block.activities.some((activity) => activity.status !== undefined);
}
