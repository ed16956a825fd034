/** Small builders for table parts, so derivers read as the table they describe. */
import type { Cell, Inline, Row, RowKind } from './presentation';

/** A plain-text cell. */
export const textCell = (text: string, options: Omit<Cell, 'lines'> = {}): Cell => ({ lines: text === '' ? [] : [{ text }], ...options });

/** A cell with the plan's own Markdown (inline). */
export const markdownCell = (text: string | undefined, options: Omit<Cell, 'lines'> = {}): Cell => ({ lines: text === undefined || text === '' ? [] : [{ text, markdown: true }], ...options });

/** A cell of several lines, each plain or Markdown, optionally with a lead label. */
export const linesCell = (lines: readonly (Inline | undefined)[], options: Omit<Cell, 'lines'> = {}): Cell => ({ lines: lines.filter((line): line is Inline => line !== undefined && line.text !== ''), ...options });

export const row = (kind: RowKind, cells: Cell[]): Row => ({ kind, cells });
