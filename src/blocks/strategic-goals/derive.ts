/** Strategic goals (FoUrum): a numbered list of titles, each with the Agenda 2030 goals it serves. */
import type { BlockDeriver, BlockView } from '../../derive/block-deriver';
import { GOALS } from '../../shared/words-sv';

export type StrategicGoalsView = BlockView<'strategicGoals'>;

export const deriveStrategicGoals: BlockDeriver<'strategicGoals', StrategicGoalsView> = (block, ctx) => ({
  type: 'strategicGoals',
  parts: [{
    kind: 'list',
    variant: 'strategiska-mal',
    items: block.goals.map((goal) => ({
      anchor: goal.id,
      number: ctx.lookups.strategicGoal(goal.id)!.number,
      title: goal.title,
      ...(goal.agenda2030?.length ? { detail: GOALS.agenda2030(goal.agenda2030) } : {}),
    })),
  }],
});
