import type { ActionPlan } from '../../../../schemas';
import { showsActivityStatus } from '../../../derive/activity-status';
import { STATUS_NAMES, type PlanView } from '../../plan-view';
import { markdownBlock, markdownInline } from '../markdown-nodes';
import { tableFrame } from '../table-frame';

const statusClass = (status: string) => `status status-${status === 'genomförd' ? 'genomford' : status === 'påbörjad' ? 'paborjad' : 'planerad'}`;

export function actionPlan(block: ActionPlan, view: PlanView) {
  const caption = `Målområde: ${block.goalArea}`;
  const progress = block.progress ?? [];
  const groups = [
    { title: 'Genomförda aktiviteter', items: progress.filter((p) => p.status === 'genomförd') },
    { title: 'Påbörjade aktiviteter', items: progress.filter((p) => p.status === 'påbörjad') },
  ].filter((group) => group.items.length > 0);
  const withStatus = showsActivityStatus(block);
  return [
    tableFrame(view, caption,
      <table class="tabell handlingsplan">
        <caption>{caption}</caption>
        <thead><tr><th scope="col">Aktivitet, syfte och mått</th><th scope="col">Ansvar</th><th scope="col">Tidplan</th>{withStatus ? <th scope="col">Status</th> : null}</tr></thead>
        <tbody>
          {block.activities.map((activity) => (
            <tr>
              <td>
                <div class="aktivitet">{markdownInline(activity.activity, view.md)}</div>
                <div class="detalj"><span class="etikett">Syfte:</span> {markdownInline(activity.purpose, view.md)}</div>
                <div class="detalj"><span class="etikett">Mått:</span> {markdownInline(activity.measure, view.md)}</div>
              </td>
              <td>{activity.responsible.join(', ')}</td>
              <td>{activity.timeline}</td>
              {withStatus ? <td>{activity.status ? <span class={statusClass(activity.status)}>{STATUS_NAMES[activity.status]}</span> : null}</td> : null}
            </tr>
          ))}
        </tbody>
      </table>),
    ...groups.map((group) => (
      <div class="framsteg">
        <p class="blockrubrik">{group.title}</p>
        <ul>
          {group.items.map((item) => <li>{item.title ? <span class="maltitel">{item.title}</span> : null}{markdownBlock(item.text, view.md)}</li>)}
        </ul>
      </div>
    )),
  ];
}
