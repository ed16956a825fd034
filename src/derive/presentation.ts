/**
 * The presentation model: what a block looks like to a reader, independent of the medium.
 * Derive turns each block into parts (tables, prose, lead-ins, lists …) with every word,
 * number and column already decided; the site and the PDF lay the parts out and add
 * nothing. A new block type that fits these parts needs no renderer code at all.
 */

/** A piece of text: plain, or Markdown from the plan's own fields (inline when in a cell). */
export interface Inline {
  text: string;
  /** The text is Markdown written by the plan's author (links, emphasis, abbreviations). */
  markdown?: true;
  /** A lead label printed before the text in bold: "Syfte:". */
  label?: string;
}

export interface Cell {
  /** The cell's lines, one paragraph each; empty for an empty cell. */
  lines: Inline[];
  /** A smaller second line: a budget line's comment. */
  detail?: string;
  /** The row's header cell (the first column of a line, a group's title). */
  header?: boolean;
  rowSpan?: number;
  colSpan?: number;
  /** Accessible name for an empty cell, which is shown as a dash. */
  emptyLabel?: string;
  /** Numbers: right-aligned with tabular figures. */
  numeric?: boolean;
  /** Styling hint for an activity status ("planerad", "påbörjad", "genomförd"). */
  status?: string;
  /** A bullet list in the cell, after its lines (a core area's prioritised activities). */
  list?: ListItem[];
}

export interface Column {
  header: string;
  numeric?: boolean;
  /** Relative width where the medium has fixed widths (the PDF); the site lets the browser decide. */
  weight: number;
}

/** `line` is an ordinary row; the others are sums and are set apart. */
export type RowKind = 'line' | 'subtotal' | 'total' | 'result';

export interface Row {
  kind: RowKind;
  cells: Cell[];
}

export interface RowGroup {
  /** A title row spanning the table (e.g. a budget group's "Personalkostnader"). */
  heading?: string;
  rows: Row[];
}

export interface TablePart {
  kind: 'table';
  /** HTML id and PDF destination, when the table can be linked to. */
  anchor?: string;
  /** "Tabell 2" for numbered tables. */
  label?: string;
  /** The caption after the label, or the whole caption; Markdown when it is the plan's own. */
  caption?: Inline;
  /** A second, smaller caption line: "Saldo per 1 januari 2020". */
  captionDetail?: string;
  /** The table's name for its scrolling frame and for assistive technology. */
  name: string;
  columns: Column[];
  groups: RowGroup[];
  /** Sum rows below the body. */
  footer: Row[];
  /** A layout family for the site's style sheet, e.g. "belopp" for tables of amounts. */
  variant?: string;
}

/** Markdown from the plan: paragraphs, lists, headings (shifted below the section's own). */
export interface ProsePart {
  kind: 'prose';
  markdown: string;
}

/** A short bold line that introduces what follows inside a block ("Genomförda aktiviteter"). */
export interface LeadInPart {
  kind: 'leadIn';
  text: string;
}

/** A note in small type under a table; `abbreviation` explains a unit used in it. */
export interface NotePart {
  kind: 'note';
  text: string;
  abbreviation?: { short: string; expansion: string };
}

/** An entry of a list part or of a list in a cell; every field is optional. */
export interface ListItem {
  /** HTML id (a goal's id), so that the item can be linked to. */
  anchor?: string;
  /** The printed number in a numbered list: a goal's number from the plan's lookups. */
  number?: number;
  /** A short title set in bold ("Stöd att utveckla professionen"). */
  title?: string;
  /** The item's text as one paragraph of inline text. */
  text?: Inline;
  /** Paragraphs of the plan's Markdown under the title. */
  body?: string;
  /** A smaller line at the end: "Agenda 2030: mål 3 (Hälsa och välbefinnande)". */
  detail?: string;
  /** Sub-items, to any depth. */
  items?: ListItem[];
}

/** A bullet list, or a numbered one when its items carry numbers (consecutive, from the first). */
export interface ListPart {
  kind: 'list';
  items: ListItem[];
  /** A layout family for the site's style sheet, e.g. "strategiska-mal". */
  variant?: string;
}

export interface Fact {
  label: string;
  value: string;
}

/** Label and value pairs: "Budget 2021" – "cirka 1 600 000 kr". */
export interface FactsPart {
  kind: 'facts';
  facts: Fact[];
}

export type Part = TablePart | ProsePart | LeadInPart | NotePart | ListPart | FactsPart;
export type PartKind = Part['kind'];
export type PartOf<K extends PartKind> = Extract<Part, { kind: K }>;
