import type { AssignmentTable } from '../../../../schemas';
import type { PlanView } from '../../plan-view';
import { markdownInline } from '../markdown-nodes';
import { tableFrame } from '../table-frame';

export function assignmentTable(block: AssignmentTable, view: PlanView) {
  const result = view.resultGoal(block.resultGoal);
  const caption = result ? `Uppdrag för resultatmål ${result.number}: ${result.goal.title}` : 'Uppdrag och aktiviteter';
  const anyFunded = block.rows.some((row) => row.externallyFunded);
  return [
    tableFrame(view, caption,
      <table class="tabell uppdragstabell">
        <caption>{caption}</caption>
        <thead><tr><th scope="col">Uppdrag</th><th scope="col">Aktivitet</th><th scope="col">Verksamhet</th></tr></thead>
        <tbody>
          {block.rows.map((row) => (
            <tr>
              <th scope="row">
                <span class="uppdragsnamn">{row.assignment}{row.externallyFunded ? <span class="extern" title="Externt finansierat"><span aria-hidden="true">*</span><span class="visuellt-dold"> (externt finansierat)</span></span> : null}</span>
                {row.participants ? <span class="detalj">{row.participants}</span> : null}
                {row.responsible.length > 0 ? <span class="detalj">Ansvarig: {row.responsible.map((initials) => view.personName(initials)).join(', ')}</span> : null}
              </th>
              <td>{row.activities.length === 1 ? markdownInline(row.activities[0], view.md) : <ul>{row.activities.map((a) => <li>{markdownInline(a, view.md)}</li>)}</ul>}</td>
              <td>{row.serviceAreas.join(', ')}</td>
            </tr>
          ))}
        </tbody>
      </table>),
    anyFunded ? <p class="tabellnot"><span aria-hidden="true">*</span> Externt finansierat.</p> : null,
  ];
}
