/**
 * An action plan (handlingsplan): the goal area's activities with purpose, measure,
 * responsible, timeline and, when the plan gives any, status; then what has been done
 * and begun, completed first.
 */
import { showsActivityStatus, statusCell } from '../../derive/activity-status';
import type { BlockDeriver, BlockView } from '../../derive/block-deriver';
import type { Column, Part } from '../../derive/presentation';
import { linesCell, row, textCell } from '../../derive/table-parts';
import { ACTION_PLAN, joinValues } from '../../shared/words-sv';

const PROGRESS_ORDER = ['genomförd', 'påbörjad'] as const;

export const deriveActionPlan: BlockDeriver<'actionPlan', BlockView<'actionPlan'>> = (block) => {
  const withStatus = showsActivityStatus(block);
  const caption = ACTION_PLAN.goalArea(block.goalArea);
  const columns: Column[] = [
    { header: ACTION_PLAN.activity, weight: 5 }, { header: ACTION_PLAN.responsible, weight: 1.6 },
    { header: ACTION_PLAN.timeline, weight: 1.6 }, ...(withStatus ? [{ header: ACTION_PLAN.status, weight: 1.2 }] : []),
  ];
  const parts: Part[] = [{
    kind: 'table',
    name: caption,
    caption: { text: caption },
    columns,
    groups: [{
      rows: block.activities.map((activity) => row('line', [
        linesCell([
          { text: activity.activity, markdown: true },
          { text: activity.purpose, markdown: true, label: ACTION_PLAN.purpose },
          { text: activity.measure, markdown: true, label: ACTION_PLAN.measure },
        ]),
        textCell(joinValues(activity.responsible)),
        textCell(activity.timeline),
        ...(withStatus ? [statusCell(activity.status)] : []),
      ])),
    }],
    footer: [],
    variant: 'handlingsplan',
  }];
  for (const status of PROGRESS_ORDER) {
    const entries = (block.progress ?? []).filter((entry) => entry.status === status);
    if (entries.length === 0) continue;
    parts.push({ kind: 'leadIn', text: ACTION_PLAN.progress[status] });
    parts.push({ kind: 'list', items: entries.map((entry) => ({ ...(entry.title ? { title: entry.title } : {}), body: entry.text })) });
  }
  return { type: 'actionPlan', parts };
};
