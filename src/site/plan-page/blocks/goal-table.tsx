import type { GoalTable } from '../../../../schemas';
import type { PlanView } from '../../plan-view';
import { markdownInline } from '../markdown-nodes';
import { tableFrame } from '../table-frame';

export function goalTable(block: GoalTable, view: PlanView) {
  const strategic = view.strategicGoal(block.strategicGoal);
  const caption = strategic ? `Mål och mätetal: ${strategic.title}` : 'Mål och mätetal';
  return tableFrame(view, caption,
    <table class="tabell maltabell">
      <caption>{caption}</caption>
      <thead><tr><th scope="col">Mål (område)</th><th scope="col">Mätetal</th><th scope="col">Målvärde</th><th scope="col">Aktiviteter</th></tr></thead>
      {block.goals.map((goal) => (
        <tbody>
          {goal.measures.map((measure, i) => (
            <tr>
              {i === 0 ? <th scope="rowgroup" rowspan={goal.measures.length}>{markdownInline(goal.goal, view.md)}</th> : null}
              <td>{markdownInline(measure.measure, view.md)}</td>
              <td class="malvarde">{measure.target ?? <span class="tom" aria-label="inget målvärde">–</span>}</td>
              <td>{markdownInline(measure.activities, view.md)}</td>
            </tr>
          ))}
        </tbody>
      ))}
    </table>);
}
