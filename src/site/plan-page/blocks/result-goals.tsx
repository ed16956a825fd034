import type { ResultGoals } from '../../../../schemas';
import type { PlanView } from '../../plan-view';
import { markdownBlock } from '../markdown-nodes';

export function resultGoals(block: ResultGoals, view: PlanView) {
  return (
    <div class="resultatmal">
      <p class="blockrubrik">Effektmål</p>
      {markdownBlock(block.impactGoal, view.md, { class: 'prosa effektmal' })}
      <p class="blockrubrik">Resultatmål</p>
      <ol>
        {block.goals.map((goal) => (
          <li id={goal.id}><span class="maltitel">{goal.title}</span>{markdownBlock(goal.description, view.md)}</li>
        ))}
      </ol>
    </div>
  );
}
