/** Next year's action plan starts over: progress reports go, every activity is planned again. */
import { isMap, isSeq } from 'yaml';
import type { BlockRollForward } from '../../authoring/roll-forward-tools';

export const rollActionPlanForward: BlockRollForward = (actionPlan) => {
  actionPlan.delete('progress');
  const activities = actionPlan.get('activities', true);
  if (!isSeq(activities)) return;
  for (const activity of activities.items) if (isMap(activity) && activity.has('status')) activity.set('status', 'planerad');
};
