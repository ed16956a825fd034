/** A table of the presentation model as an HTML table inside a scrolling, labelled frame. */
import type { Cell, Inline, Row, TablePart } from '../../../derive/presentation';
import { FOLLOW_UP_PAGE, TABLE } from '../../../shared/words-sv';
import { classes } from '../html';
import { markdownInline } from '../markdown-nodes';
import { tableFrame } from '../table-frame';
import { listElement } from './list-part';
import type { PartContext } from './part-context';

const ROW_CLASS = { line: undefined, subtotal: 'delsumma', total: 'summa', result: 'resultat' } as const;

/** A status name as a badge; the class needs ASCII and no spaces ("ej påbörjad" → "status-ej-paborjad"). */
const statusClass = (status: string) => `status status-${status.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/\s+/g, '-')}`;

/** A mark such as "*": seen, while assistive technology reads its meaning instead. */
const mark = (m: NonNullable<Inline['mark']>) => <span class="extern" title={m.meaning}><span aria-hidden="true">{m.symbol}</span><span class="visuellt-dold"> ({m.meaning})</span></span>;

/** An activity's status in the plan's latest follow-up that gives one, linked to that follow-up (issue 21). */
function latestStatus(activityId: string | undefined, ctx: PartContext) {
  const found = activityId === undefined ? undefined : ctx.view.activityStatus(activityId);
  if (!found) return null;
  return (
    <span class="senaste-status">
      {FOLLOW_UP_PAGE.latestStatus} <a class={statusClass(found.status)} href={found.href}>{found.label}</a>
      {found.comment ? <span class="detalj">{found.comment}</span> : null}
    </span>
  );
}

function inline(line: Inline, ctx: PartContext) {
  const markdown = line.markdown ? markdownInline(line.text, ctx.view.md) : line.text;
  const text = <>{line.strong ? <strong>{markdown}</strong> : markdown}{line.mark ? mark(line.mark) : null}{latestStatus(line.activityId, ctx)}</>;
  return line.label ? <><span class="etikett">{line.label}</span> {text}</> : text;
}

function cellContent(cell: Cell, ctx: PartContext) {
  if (cell.list?.length) return <>{cell.lines.map((line) => <div>{inline(line, ctx)}</div>)}{listElement(cell.list, ctx)}</>;
  if (cell.lines.length === 0) return cell.emptyLabel ? <span class="tom" aria-label={cell.emptyLabel}>{TABLE.dash}</span> : null;
  const content = cell.list
    ? <ul>{cell.lines.map((line) => <li>{inline(line, ctx)}</li>)}</ul>
    : cell.lines.length === 1
      ? inline(cell.lines[0]!, ctx)
      : cell.lines.map((line) => <div class={line.label || line.detail ? 'detalj' : undefined}>{inline(line, ctx)}</div>);
  return cell.status ? <span class={statusClass(cell.status)}>{content}</span> : content;
}

function cell(c: Cell, ctx: PartContext) {
  const content = <>{cellContent(c, ctx)}{c.detail ? <span class="detalj">{c.detail}</span> : null}</>;
  const cls = classes(c.numeric && 'tal', c.noWrap && 'enrad');
  if (c.header) {
    return <th scope={c.rowSpan && c.rowSpan > 1 ? 'rowgroup' : 'row'} rowspan={c.rowSpan} colspan={c.colSpan} class={cls || undefined}>{content}</th>;
  }
  return <td rowspan={c.rowSpan} colspan={c.colSpan} class={cls || undefined}>{content}</td>;
}

const row = (r: Row, ctx: PartContext) => <tr class={ROW_CLASS[r.kind]}>{r.cells.map((c) => cell(c, ctx))}</tr>;

export function tablePart(part: TablePart, ctx: PartContext) {
  const caption = part.caption ? inline(part.caption, ctx) : null;
  return tableFrame(ctx.view, part.name,
    <table class={classes('tabell', part.variant)} id={part.anchor}>
      {part.label || caption || part.captionDetail ? (
        <caption>
          {/* One box, so that a table wider than the screen keeps its caption in view (site.css). */}
          <span class="tabellrubrik">
            {part.label ? <><span class="etikett">{part.label}.</span> </> : null}{caption}
            {part.captionDetail ? <span class="detalj">{part.captionDetail}</span> : null}
          </span>
        </caption>
      ) : null}
      {/* Column headings run together in a search excerpt ("AktivitetAnsvarTidplan"): not indexed. */}
      <thead data-pagefind-ignore=""><tr>{part.columns.map((column) => <th scope="col" class={column.numeric ? 'tal' : undefined}>{column.header}</th>)}</tr></thead>
      {part.groups.map((group) => (
        <tbody>
          {group.heading ? <tr class="grupprubrik"><th scope="colgroup" colspan={part.columns.length}>{group.heading}</th></tr> : null}
          {group.rows.map((r) => row(r, ctx))}
        </tbody>
      ))}
      {part.footer.length ? <tfoot>{part.footer.map((r) => row(r, ctx))}</tfoot> : null}
    </table>);
}
