/** A program logic's impact goal and its numbered result goals (FoU Nordväst). */
import type { BlockDeriver, BlockView } from '../../derive/block-deriver';
import { GOALS } from '../../shared/words-sv';

export type ResultGoalsView = BlockView<'resultGoals'>;

export const deriveResultGoals: BlockDeriver<'resultGoals', ResultGoalsView> = (block, ctx) => ({
  type: 'resultGoals',
  parts: [
    { kind: 'leadIn', text: GOALS.impactGoal },
    { kind: 'prose', markdown: block.impactGoal },
    { kind: 'leadIn', text: GOALS.resultGoals },
    {
      kind: 'list',
      items: block.goals.map((goal) => ({
        anchor: goal.id,
        number: ctx.lookups.resultGoal(goal.id)!.number,
        title: goal.title,
        body: goal.description,
      })),
    },
  ],
});
