/**
 * The presentation model: what a block looks like to a reader, independent of the medium.
 * Derive turns each block into parts (tables, prose, lead-ins, lists …) with every word,
 * number and column already decided; the site and the PDF lay the parts out and add
 * nothing. A new block type that fits these parts needs no renderer code at all.
 */

import type { PublishedImage } from '../shared/published-image';
import type { Point, WHEEL_TEXT, WheelMark, WheelMonth, WheelRing } from './wheel-geometry';
import type { WHEEL_PAINT } from './wheel-palette';

/** A piece of text: plain, or Markdown from the plan's own fields (inline when in a cell). */
export interface Inline {
  text: string;
  /** The text is Markdown written by the plan's author (links, emphasis, abbreviations). */
  markdown?: true;
  /** A lead label printed before the text in bold: "Syfte:". */
  label?: string;
  /** A secondary line, set smaller where the medium can (an assignment's participants). */
  detail?: true;
  /** Set in bold (an assignment's name; the site's row headers are bold anyway). */
  strong?: true;
  /** A mark right after the text that a note under the table explains: "*" = externt finansierat. */
  mark?: { symbol: string; meaning: string };
  /**
   * The activity this line ends, by its id in the plan (on the activity's last line, its
   * detail when it has one): the site shows the activity's status in the plan's latest
   * follow-up after it (issue 21).
   */
  activityId?: string;
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
  /** A short value kept on one line (a goal's target "80 %"). */
  noWrap?: true;
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
  /** A mark printed before the text that the note explains ("*"); assistive technology skips it. */
  mark?: string;
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

/**
 * Material the transcriber adds (an editorial note on a block): printed visibly apart from
 * the source's text, led by its label "Redaktionell anmärkning".
 */
export interface EditorialPart {
  kind: 'editorial';
  label: string;
  text: string;
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

export type Part = TablePart | ProsePart | LeadInPart | NotePart | FigurePart | ListPart | FactsPart | EditorialPart;
export type PartKind = Part['kind'];
export type PartOf<K extends PartKind> = Extract<Part, { kind: K }>;

/**
 * A figure: a picture, a drawing planverk makes (the annual wheel), or, when the picture
 * is missing, the reason; then its caption. The site and the PDF give `alt` to the
 * picture (img alt, aria-label, the PDF's Figure /Alt).
 */
export interface FigurePart {
  kind: 'figure';
  anchor?: string;
  /** "Figur 1" for numbered figures. */
  label?: string;
  /** The caption after the label, or the whole caption; Markdown when it is the plan's own. */
  caption?: Inline;
  /** "Källa:" and the source's name, linked when it has an address. */
  source?: { label: string; text: string; url?: string };
  /** A figure rebuilt from the source's text: "Rekonstruerad figur" and what that means, after the caption. */
  reconstructed?: { label: string; text: string };
  alt: string;
  content: FigureContent;
}

export type FigureContent =
  | { kind: 'image'; image: PublishedImage }
  | { kind: 'wheel'; drawing: WheelDrawing }
  /**
   * No picture: the reason is shown; `altLead` and the alt text stand in for the picture.
   * `unchecked`: an image is written but the check did not accept it (the PDF refuses it).
   */
  | { kind: 'missing'; reason: string; altLead: string; unchecked?: string };

/**
 * The annual wheel, drawn by each medium from the same geometry (src/derive/wheel-geometry.ts)
 * and with every word it prints decided in derive.
 */
export interface WheelDrawing {
  width: number;
  height: number;
  center: Point;
  hubRadius: number;
  /** The year in the hub: "2020", "2024/25". */
  year: string;
  /** Text sizes in drawing units, the same in both media. */
  text: typeof WHEEL_TEXT;
  /** The one palette of both media (src/derive/wheel-palette.ts). */
  paint: typeof WHEEL_PAINT;
  /** Full month names, turned along the ring (`rotation`). */
  months: WheelMonth[];
  /** `legend`: the ring's name as the legend writes it, "Regional utvecklingsgrupp (RUG)"; `colour`, `shape` and `symbol` its marks. */
  rings: (Omit<WheelRing, 'name' | 'abbr'> & { legend: string })[];
  /** `name`: what the mark says to assistive technology; `tag`: its number, when there is room. */
  marks: (WheelMark & { name: string })[];
  /**
   * The numbered list beside the wheel, in the drawing's order: each number with when and the
   * whole title, so no title is ever shortened in the drawing. Absent for a wheel with more
   * events than fit beside it; the table after the figure lists them all.
   */
  key?: { heading: string; items: { number: number; when: string; title: string }[] };
  legendHeading: string;
  /** Explains the mark after editorial categories' legends ("* Redaktionell kategori …"); only when there are any. */
  editorialExplanation?: string;
  /** Explains the bands of recurring events; only when the wheel has any. */
  bandExplanation?: string;
  /** Explains the grey months outside a period shorter than a year; only then. */
  outsideExplanation?: string;
}
