/**
 * Typesetting of the plain text in a block's parts (issue 19): table cells, list titles,
 * facts, notes, lead-ins, captions and the wheel's key get the same ” ’ and no-break spaces
 * in numbers as Markdown text and headings (src/markdown/plain-text.ts, TYPESETTING), once
 * here, so that both media print the same characters. Markdown (`markdown: true`, prose,
 * list bodies) is typeset when it is parsed and is left alone here.
 */
import { typeset } from '../markdown/plain-text';
import type { Cell, Inline, ListItem, Part, Row, TablePart } from './presentation';

const inline = (value: Inline): Inline => (value.markdown ? value : { ...value, text: typeset(value.text) });

function item(value: ListItem): ListItem {
  return {
    ...value,
    ...(value.title !== undefined ? { title: typeset(value.title) } : {}),
    ...(value.text ? { text: inline(value.text) } : {}),
    ...(value.detail !== undefined ? { detail: typeset(value.detail) } : {}),
    ...(value.items ? { items: value.items.map(item) } : {}),
  };
}

function cell(value: Cell): Cell {
  return {
    ...value,
    lines: value.lines.map(inline),
    ...(value.detail !== undefined ? { detail: typeset(value.detail) } : {}),
    ...(value.list ? { list: value.list.map(item) } : {}),
  };
}

const row = (value: Row): Row => ({ ...value, cells: value.cells.map(cell) });

function table(part: TablePart): TablePart {
  return {
    ...part,
    ...(part.caption ? { caption: inline(part.caption) } : {}),
    ...(part.captionDetail !== undefined ? { captionDetail: typeset(part.captionDetail) } : {}),
    columns: part.columns.map((column) => ({ ...column, header: typeset(column.header) })),
    groups: part.groups.map((group) => ({ ...group, ...(group.heading !== undefined ? { heading: typeset(group.heading) } : {}), rows: group.rows.map(row) })),
    footer: part.footer.map(row),
  };
}

export function typesetPart(part: Part): Part {
  switch (part.kind) {
    case 'table': return table(part);
    case 'list': return { ...part, items: part.items.map(item) };
    case 'facts': return { ...part, facts: part.facts.map((fact) => ({ label: typeset(fact.label), value: typeset(fact.value) })) };
    case 'leadIn':
    case 'note':
    case 'editorial': return { ...part, text: typeset(part.text) };
    case 'figure': {
      const content = part.content.kind === 'wheel' && part.content.drawing.key
        ? { ...part.content, drawing: { ...part.content.drawing, key: { ...part.content.drawing.key, items: part.content.drawing.key.items.map((entry) => ({ ...entry, title: typeset(entry.title) })) } } }
        : part.content;
      return { ...part, ...(part.caption ? { caption: inline(part.caption) } : {}), content };
    }
    case 'prose': return part;
  }
}
