import type { ProgramLogic } from '../../../../schemas';
import type { PlanView } from '../../plan-view';
import { markdownInline } from '../markdown-nodes';
import { tableFrame } from '../table-frame';

export function programLogic(block: ProgramLogic, view: PlanView) {
  const headings = { resources: 'Resurser', assignments: 'Uppdrag', activities: 'Det här ska vi göra', outcomes: 'Utfall', ...block.headings };
  const paragraphs = (texts: readonly string[]) => texts.map((p) => <div class="stycke">{markdownInline(p, view.md)}</div>);
  const list = (texts: readonly string[]) => (texts.length > 0 ? <ul>{texts.map((t) => <li>{markdownInline(t, view.md)}</li>)}</ul> : null);
  return tableFrame(view, 'Programlogik',
    <table class="tabell programlogik">
      <caption>Programlogik: {headings.resources} → {headings.assignments} → {headings.activities} → {headings.outcomes}</caption>
      <thead><tr><th scope="col">{headings.resources}</th><th scope="col">{headings.assignments}</th><th scope="col">{headings.activities}</th><th scope="col">{headings.outcomes}</th></tr></thead>
      {block.groups.map((group) => (
        <tbody>
          {group.assignments.map((assignment, i) => (
            <tr>
              {i === 0 ? <td rowspan={group.assignments.length} class="resurser">{paragraphs(group.resources)}</td> : null}
              <th scope="row">{paragraphs(assignment.assignment)}</th>
              <td>{list(assignment.activities)}</td>
              <td>{list(assignment.outcomes)}</td>
            </tr>
          ))}
        </tbody>
      ))}
    </table>);
}
