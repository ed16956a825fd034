/** A goal model's goals stay within the plan's own levels and name only its own perspectives. */
import type { GoalModelGoal } from '../../../schemas';
import type { PathSegment } from '../../load/field-path';
import type { CheckContext } from '../check-context';
import { didYouMean } from '../suggest';
import { blocksOfType } from '../walk-plan';

export function checkGoalModel(ctx: CheckContext): void {
  for (const { block, path } of blocksOfType(ctx.plan, 'goalModel')) {
    const perspectives = block.perspectives ?? [];
    const walk = (goals: readonly GoalModelGoal[], depth: number, at: PathSegment[]) => goals.forEach((goal, g) => {
      const here = [...at, g];
      if (goal.perspective !== undefined && !perspectives.includes(goal.perspective)) {
        ctx.error('okant-perspektiv', [...here, 'perspective'], perspectives.length === 0
          ? `Perspektivet "${goal.perspective}" är inte angivet; lista blockets perspektiv under perspectives.`
          : `Perspektivet "${goal.perspective}" finns inte bland perspectives (${perspectives.map((p) => `"${p}"`).join(', ')}).${didYouMean(goal.perspective, perspectives)}`);
      }
      if (goal.goals?.length) {
        if (depth + 1 >= block.levels.length) {
          ctx.error('malniva-saknas', [...here, 'goals'],
            `Målet har undermål, men levels har bara ${block.levels.length} ${block.levels.length === 1 ? 'nivå' : 'nivåer'}; lägg till nivån under "${block.levels.at(-1)}" i levels.`);
        } else {
          walk(goal.goals, depth + 1, [...here, 'goals']);
        }
      }
    });
    walk(block.goals, 0, [...path, 'goals']);
  }
}
