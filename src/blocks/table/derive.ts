/**
 * A plain table: the plan's column headings and Markdown cells, numbered "Tabell N" in
 * document order. Every row gets a cell per column (missing ones are empty); a row longer
 * than the headings widens the table with unheaded columns rather than losing its text.
 */
import type { BlockDeriver, BlockView } from '../../derive/block-deriver';
import { markdownCell, row } from '../../derive/table-parts';
import { TABLE } from '../../shared/words-sv';

export interface TableView extends BlockView<'table'> {
  anchor: string;
  /** "Tabell 2". */
  label: string;
}

export const deriveTable: BlockDeriver<'table', TableView> = (block, ctx) => {
  const n = ctx.nextTableNumber();
  const label = TABLE.label(n);
  const anchor = block.id ?? ctx.slug(`tabell-${n}`);
  if (block.id) ctx.addReference(block.id, { anchor, label });
  ctx.recordLabel(anchor, label);
  // A loop, not a spread: a spread of a very long table's rows overflows the stack.
  const width = block.rows.reduce((max, cells) => Math.max(max, cells.length), block.columns.length);
  const headers = Array.from({ length: width }, (_, i) => block.columns[i] ?? '');
  return {
    type: 'table',
    anchor,
    label,
    parts: [{
      kind: 'table',
      anchor,
      label,
      ...(block.caption ? { caption: { text: block.caption, markdown: true as const } } : {}),
      name: label,
      columns: headers.map((header) => ({ header, weight: 1 })),
      groups: [{ rows: block.rows.map((cells) => row('line', headers.map((_, i) => markdownCell(cells[i])))) }],
      footer: [],
    }],
  };
};
