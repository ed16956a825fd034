import type { Table } from '../../../../schemas';
import type { PlanView } from '../../plan-view';
import { markdownInline } from '../markdown-nodes';
import { tableFrame } from '../table-frame';

export function dataTable(block: Table & { anchor?: string; label?: string }, view: PlanView) {
  return tableFrame(view, block.label ?? 'Tabell',
    <table class="tabell" id={block.anchor}>
      <caption><span class="etikett">{block.label}.</span> {markdownInline(block.caption, view.md)}</caption>
      <thead><tr>{block.columns.map((column) => <th scope="col">{column}</th>)}</tr></thead>
      <tbody>
        {block.rows.map((row) => <tr>{row.map((cell) => <td>{markdownInline(cell, view.md)}</td>)}</tr>)}
      </tbody>
    </table>);
}
