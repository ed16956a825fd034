import type { StrategicGoals } from '../../../../schemas';
import { AGENDA_2030 } from '../../plan-view';

export function strategicGoals(block: StrategicGoals) {
  return (
    <ol class="strategiska-mal">
      {block.goals.map((goal) => (
        <li id={goal.id}>
          <span class="maltitel">{goal.title}</span>
          {goal.agenda2030 && goal.agenda2030.length > 0
            ? <p class="agenda">Agenda 2030: {goal.agenda2030.flatMap((n, i) => [i > 0 ? ', ' : '', `mål ${n} `, <span class="agenda-namn">{AGENDA_2030[n]}</span>])}</p>
            : null}
        </li>
      ))}
    </ol>
  );
}
