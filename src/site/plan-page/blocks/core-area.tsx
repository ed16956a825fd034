import type { CoreArea } from '../../../../schemas';
import type { PlanView } from '../../plan-view';
import { markdownInline } from '../markdown-nodes';
import { tableFrame } from '../table-frame';
import { nestedList } from './nested-list';

export function coreArea(block: CoreArea, view: PlanView, title: string) {
  return (
    <div class="karnomrade">
      <p class="blockrubrik">Mål</p>
      <ul>{block.goals.map((goal) => <li>{markdownInline(goal, view.md)}</li>)}</ul>
      {block.activities.length > 0 ? [
        <p class="blockrubrik">{block.goalsIntro ?? 'Övergripande aktiviteter'}</p>,
        nestedList(block.activities, view.md),
      ] : null}
      {block.prioritised ? tableFrame(view, `Prioriterade aktiviteter: ${title}`,
        <table class="tabell">
          <caption>Prioriterade aktiviteter: {title}</caption>
          <thead><tr><th scope="col">Övergripande aktivitet</th><th scope="col">Prioriterade aktiviteter</th></tr></thead>
          <tbody>
            {block.prioritised.map((row) => (
              <tr>
                <th scope="row">{markdownInline(row.activity, view.md)}</th>
                <td>{nestedList(row.items, view.md)}</td>
              </tr>
            ))}
          </tbody>
        </table>) : null}
    </div>
  );
}
