/**
 * A table of the presentation model drawn with the table engine: group titles as rows
 * across the table, sum rows set apart (totals bold, subtotals italic, as on the site),
 * numbers right-aligned, Markdown cells with their footnotes below the table.
 */
import type { Cell, Inline, Row, RowKind, TablePart } from '../../../derive/presentation';
import { inlineRuns, ProseScope } from '../../engine/prose';
import { runsCell, tableItem, type TableCell, type TableColumn } from '../../engine/tables';
import { CELL, COLOR } from '../../engine/theme';
import type { Run } from '../../engine/text-layout';
import { TABLE } from '../../../shared/words-sv';
import { cellText, cellTextRows, parseText, type FlowItem, type RenderContext } from '../items';
import { blockRows, inlineNodes, listNode } from './list-part';

/** Markdown of a caption's first paragraph as runs (captions are one line of inline text). */
function inlineTextRuns(ctx: RenderContext, line: Inline, style: Run['style']): Run[] {
  if (!line.markdown) return [{ text: line.text, style }];
  const first = parseText(ctx, line.text).children[0];
  return first && first.type === 'paragraph' ? inlineRuns(first.children, undefined, ctx.parent) : [];
}

export function captionRuns(ctx: RenderContext, part: Pick<TablePart, 'label' | 'caption' | 'captionDetail'>): Run[] | undefined {
  const runs: Run[] = [];
  if (part.label) runs.push({ text: part.caption ? `${part.label}. ` : part.label, style: 'bold' });
  // A numbered table's caption follows its bold label in regular type; an unnumbered one is the title.
  if (part.caption) runs.push(...inlineTextRuns(ctx, part.caption, part.label ? 'regular' : 'bold'));
  if (part.captionDetail) runs.push({ text: `\n${part.captionDetail}`, style: 'regular' });
  return runs.length ? runs : undefined;
}

const isPlain = (cell: Cell) => cell.lines.every((line) => !line.markdown);

/** Activity statuses as the site's badges print them: coloured bold text; "Anges inte" muted italic. */
const STATUS_RUN: Record<string, Pick<Run, 'style' | 'color'>> = {
  planerad: { style: 'bold', color: '#4b5563' },
  pågår: { style: 'bold', color: '#1d4f91' },
  påbörjad: { style: 'bold', color: '#1d4f91' },
  genomförd: { style: 'bold', color: '#1f6b2a' },
  försenad: { style: 'bold', color: '#8a3b00' },
  struken: { style: 'bold', color: '#7a1f1f' },
  // A follow-up's activity statuses and goal judgements (issue 21), as derive names their styles.
  'ej-påbörjad': { style: 'bold', color: '#4b5563' },
  uppfyllt: { style: 'bold', color: '#1f6b2a' },
  'delvis-uppfyllt': { style: 'bold', color: '#8a3b00' },
  'ej-uppfyllt': { style: 'bold', color: '#7a1f1f' },
  'kan-inte-bedömas': { style: 'bold', color: '#4b5563' },
  'anges-inte': { style: 'italic', color: COLOR.muted },
};

/** A cell with a bullet list: its lines, then the list, laid out as prose in the cell's style. */
function listCell(ctx: RenderContext, cell: Cell & { list: NonNullable<Cell['list']> }, options: Partial<TableCell>): TableCell {
  const scope = new ProseScope(ctx.prose, { type: 'root', children: [] });
  const nodes = [...cell.lines.flatMap((line) => inlineNodes(ctx, line, scope)), listNode(ctx, cell.list, scope)];
  scope.reserve({ type: 'root', children: nodes });
  return { ...options, footnotes: [scope], layout: (x, width, node, style) => blockRows(nodes, scope, x, width, node, style) };
}

function pdfCell(ctx: RenderContext, cell: Cell, kind: RowKind, indent: number): TableCell {
  const options = { rowSpan: cell.rowSpan, colSpan: cell.colSpan, rowHeader: cell.header, emphasis: kind === 'total' };
  if (cell.list?.length) return listCell(ctx, { ...cell, list: cell.list }, options);
  // An empty cell with a reason (no indicator, a change that cannot be computed) shows a
  // dash, as on the site; a cell without one stays blank.
  if (cell.lines.length === 0 && cell.emptyLabel) return runsCell([{ text: TABLE.dash, style: 'regular', color: COLOR.muted }], { ...options, align: cell.numeric ? 'right' : undefined });
  const status = cell.status ? STATUS_RUN[cell.status] : undefined;
  if (status && isPlain(cell)) return runsCell(cell.lines.map((line) => ({ text: line.text, ...status })), options);
  if (isPlain(cell)) {
    const sum = kind === 'total' || kind === 'result';
    const runs: Run[] = cell.lines.flatMap((line, i) => [
      ...(i > 0 ? [{ text: '\n', style: 'regular' as const }] : []),
      ...(line.label ? [{ text: `${line.label} `, style: 'bold' as const }] : []),
      { text: line.text + (line.mark?.symbol ?? ''), style: sum || line.strong ? 'bold' as const : kind === 'subtotal' ? 'italic' as const : 'regular' as const },
    ]);
    if (cell.detail) runs.push({ text: `\n${cell.detail}`, style: 'regular' });
    return runsCell(runs, { ...options, align: cell.numeric ? 'right' : undefined, indent: cell.header && kind === 'line' ? indent : 0 });
  }
  // Markdown lines: each its own paragraph; a label leads in bold.
  const texts = cell.lines.map((line) => cellText(ctx, line.label ? `**${line.label}** ${line.text}` : line.text));
  if (cell.detail) texts.push(cellText(ctx, cell.detail));
  return {
    ...options,
    footnotes: texts.map((text) => text.scope),
    layout: (x, width, node, style) => texts.flatMap((text) => cellTextRows(text, x, width, node, style)),
  };
}

function rowCells(ctx: RenderContext, row: Row, indent: number): TableCell[] {
  return row.cells.map((cell) => pdfCell(ctx, cell, row.kind, indent));
}

export function tablePartItems(part: TablePart, ctx: RenderContext): FlowItem[] {
  const columns: TableColumn[] = part.columns.map((column) => ({ title: column.header, weight: column.weight, ...(column.numeric ? { align: 'right' as const } : {}) }));
  const rows: TableCell[][] = [];
  for (const group of part.groups) {
    if (group.heading) rows.push([runsCell(group.heading, { bold: true, colSpan: columns.length, rowHeader: true })]);
    // Lines under a group title are indented below it.
    for (const row of group.rows) rows.push(rowCells(ctx, row, group.heading ? 10 : 0));
  }
  for (const row of part.footer) rows.push(rowCells(ctx, row, 0));
  const caption = captionRuns(ctx, part);
  const table = tableItem({ columns, rows, caption, before: 10, ...(isWide(part) ? { style: WIDE_CELL } : {}) }, ctx.parent);
  return [{
    get startHeight() { return table.startHeight; },
    draw: (flow) => {
      if (part.anchor) flow.placeAnchor(part.anchor);
      table.draw(flow);
    },
  }];
}

/** Derive marks tables with five or more numeric columns "belopp-bred": a smaller type, on the portrait page (docs/pdf.md). */
export const isWide = (part: TablePart) => part.variant === 'belopp-bred';
export const WIDE_CELL = { ...CELL, size: 7.5, leading: 9.6 };
