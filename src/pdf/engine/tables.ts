/**
 * The table engine used by every tabular block: wrapping cells, a header row that is
 * repeated (as an artifact) on each page the table spans, row-spanning cells, rows
 * kept together when they fit on a page, and rows split by lines only when a single
 * row is taller than a page. Tagged as Table/THead/TBody/TR/TH(scope)/TD.
 */
import type { BoxRow } from './flow';
import type { PageFlow } from './flow';
import { artifact, StructNode } from './tagging';
import { textOperators, writeOperators } from './glyph-runs';
import { layoutRuns, type Line, type Run, type TextStyle } from './text-layout';
import { drawFootnotes, paragraphRows, type ProseScope } from './prose';
import { CELL, CELL_PADDING, COLOR, CONTENT_BOTTOM, CONTENT_WIDTH, NUMERIC_FEATURES, PAGE } from './theme';
import { textWidth } from './fonts';
import { supSize } from './word-pieces';

export interface TableColumn {
  title: string;
  /** Relative width. */
  weight: number;
  align?: 'left' | 'right';
}

export interface TableCell {
  /** Lays out the cell's content inside `width`; `node` is the cell's TD/TH. */
  layout(x: number, width: number, node: StructNode, style: TextStyle): BoxRow[];
  rowSpan?: number;
  /** A row header (TH scope Row), e.g. the first column of a budget line. */
  rowHeader?: boolean;
  /** Shaded, for sum rows and group titles. */
  emphasis?: boolean;
  /** Number of columns the cell covers (default 1). */
  colSpan?: number;
  /** Footnotes of the cell's Markdown: printed below the table, as a text's are at its end. */
  footnotes?: readonly ProseScope[];
}

export interface TableSpec {
  columns: TableColumn[];
  rows: TableCell[][];
  /** "Tabell 3. Budget 2020": drawn above, tagged as the table's Caption. */
  caption?: Run[];
  style?: TextStyle;
  /** Space above the table. */
  before?: number;
}

/** A cell with plain or styled runs; numbers right-aligned with tabular figures. */
export function runsCell(runs: Run[] | string, options: { align?: 'left' | 'right'; bold?: boolean; indent?: number; rowSpan?: number; rowHeader?: boolean; emphasis?: boolean; colSpan?: number } = {}): TableCell {
  const list: Run[] = typeof runs === 'string' ? [{ text: runs, style: options.bold ? 'bold' : 'regular' }] : runs;
  return {
    rowSpan: options.rowSpan, rowHeader: options.rowHeader, emphasis: options.emphasis, colSpan: options.colSpan,
    layout(x, width, node, style) {
      if (list.length === 0 || list.every((r) => r.text === '')) return [];
      const numeric = options.align === 'right';
      const cellStyle: TextStyle = { ...style, align: options.align, features: numeric ? NUMERIC_FEATURES : style.features };
      const indent = options.indent ?? 0;
      return paragraphRows(list, node.child('P'), { x: x + indent, width: width - indent, style: cellStyle, hyphenate: !numeric });
    },
  };
}

export function emptyCell(): TableCell {
  return { layout: () => [] };
}

let tableCounter = 0;

interface PlacedCell {
  cell: TableCell;
  column: number;
  colSpan: number;
  rowSpan: number;
  x: number;
  width: number;
  node: StructNode;
  rows: BoxRow[];
  height: number;
}

function contentHeight(rows: readonly BoxRow[]): number {
  return rows.reduce((sum, row) => sum + row.height, 0);
}

/** Drops leading empty spacing rows so a cell starts with text. */
function trimRows(rows: BoxRow[]): BoxRow[] {
  let start = 0;
  while (start < rows.length && rows[start]!.items.length === 0) start++;
  let end = rows.length;
  while (end > start && rows[end - 1]!.items.length === 0) end--;
  return rows.slice(start, end);
}

/** Where a table is set: the page flow's column (PageFlow uses the same theme values). */
const AREA = { left: PAGE.marginLeft, width: CONTENT_WIDTH, pageHeight: CONTENT_BOTTOM - PAGE.marginTop };

/** A table laid out and ready to draw; `startHeight` is what it needs at a page foot to start there. */
export interface LaidOutTable {
  startHeight: number;
  draw(flow: PageFlow): void;
}

export function drawTable(flow: PageFlow, spec: TableSpec, parent: StructNode): void {
  layoutTable(spec, parent).draw(flow);
}

/**
 * A flow item for a table, laid out when first asked: a heading before it asks for its
 * start height (caption, header and the rows kept with them) to stay with it.
 */
export function tableItem(spec: TableSpec, parent: StructNode): LaidOutTable {
  let laidOut: LaidOutTable | undefined;
  const get = () => (laidOut ??= layoutTable(spec, parent));
  return {
    get startHeight() { return get().startHeight; },
    draw: (flow) => get().draw(flow),
  };
}

/** Where each body cell goes: its column and span, before anything is laid out. */
interface CellSlot { cell: TableCell; column: number; colSpan: number; rowSpan: number }

function slotCells(spec: TableSpec): CellSlot[][] {
  const occupied: number[] = spec.columns.map(() => 0); // rows still covered by a span above
  return spec.rows.map((cells) => {
    const row: CellSlot[] = [];
    let column = 0;
    for (const cell of cells) {
      while (column < spec.columns.length && occupied[column]! > 0) column++;
      if (column >= spec.columns.length) break;
      const colSpan = Math.min(cell.colSpan ?? 1, spec.columns.length - column);
      const rowSpan = Math.max(1, cell.rowSpan ?? 1);
      row.push({ cell, column, colSpan, rowSpan });
      for (let c = column; c < column + colSpan; c++) occupied[c] = rowSpan;
      column += colSpan;
    }
    for (let c = 0; c < occupied.length; c++) occupied[c] = Math.max(0, occupied[c]! - 1);
    return row;
  });
}

/**
 * A word longer than this many ems may be hyphenated, so a column need not be wider: a
 * narrow column gets no stacks of syllables ("kom-/pe-/tens-"), a long compound no
 * column of its own.
 */
const HYPHENATE_BEYOND_EM = 7;
/** Break opportunities inside a word that the line breaker uses too: after a slash or a dash, after a hyphen between letters. */
const INNER_BREAK = /(?<=[/\u2013\u2014]|\p{L}-)(?=\p{L})/u;

/** The widest word of a laid-out line (what the line cannot be narrower than). */
function widestWord(line: Line, style: TextStyle): number {
  const cap = HYPHENATE_BEYOND_EM * style.size;
  let widest = 0;
  let word = 0;
  const end = () => { widest = Math.max(widest, Math.min(word, cap)); word = 0; };
  for (const segment of line.segments) {
    const size = segment.sup ? supSize(style.size) : style.size;
    const pieces = segment.text.split(/([ \t]+)/);
    pieces.forEach((piece, i) => {
      if (i % 2 === 1) { end(); return; }
      if (piece === '') return;
      // A very long word is as wide as the cap anyway; it is not measured.
      if (piece.length > 120) { word = cap; return; }
      const parts = piece.split(INNER_BREAK);
      parts.forEach((part, k) => {
        if (k > 0) end();
        word += textWidth(segment.style, part, size, style.features);
      });
    });
  }
  end();
  return widest;
}

/** min-content and max-content width of a cell's content (without padding). */
function measureCell(layout: TableCell['layout'], style: TextStyle): { min: number; max: number } {
  // The probe node is never drawn, so nothing reaches the structure tree.
  const rows = layout(0, 1e9, new StructNode('TD', null), style);
  let min = 0;
  let max = 0;
  for (const row of rows) {
    for (const item of row.items) {
      max = Math.max(max, item.x + item.line.width);
      min = Math.max(min, item.x + widestWord(item.line, item.style));
    }
  }
  return { min, max };
}

/**
 * Column widths from the content, in the spirit of CSS automatic table layout: each
 * column's min-content width (its widest word) and max-content width (its longest line
 * unbroken), with the derived weights as a hint for what the long columns should get.
 * When every column fits unbroken in its share of the width by weight, the shares; when
 * every column fits unbroken but not all in their shares, each gets its maximum and the
 * spare room goes by weight. Otherwise the width is shared by weight, a column that needs
 * less than its share (names, short values, amounts) gets its maximum and leaves the rest
 * to the others, and a column whose widest word is wider than its share gets that width,
 * taken from the others in proportion to the room they have above their own minimum. When
 * not even the minimums fit, they shrink alike.
 */
export function columnWidths(spec: TableSpec, width: number, style: TextStyle = spec.style ?? CELL, slots: readonly CellSlot[][] = slotCells(spec)): number[] {
  const pad = 2 * CELL_PADDING.x;
  const min = spec.columns.map(() => pad + 1);
  const max = spec.columns.map(() => pad + 1);
  const take = (column: number, measured: { min: number; max: number }) => {
    min[column] = Math.max(min[column]!, measured.min + pad);
    max[column] = Math.max(max[column]!, measured.max + pad);
  };
  spec.columns.forEach((column, i) => take(i, measureCell((x, w, node, s) => paragraphRows([{ text: column.title, style: 'bold' }], node, { x, width: w, style: { ...s, align: column.align } }), style)));
  for (const row of slots) for (const slot of row) if (slot.colSpan === 1) take(slot.column, measureCell(slot.cell.layout, style));
  for (let i = 0; i < max.length; i++) max[i] = Math.max(max[i]!, min[i]!);
  const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);
  const weights = spec.columns.map((c) => (c.weight > 0 ? c.weight : 1));
  const [minSum, maxSum] = [sum(min), sum(max)];
  if (maxSum <= width) {
    const weightSum = sum(weights);
    // When each column fits in its share by weight, the shares: tables with the same columns
    // then line up whatever their words (a budget's costs, revenues and carried-over funds).
    const shares = weights.map((w) => (width * w) / weightSum);
    if (shares.every((share, i) => max[i]! <= share)) return shares;
    return max.map((m, i) => m + ((width - maxSum) * weights[i]!) / weightSum);
  }
  if (minSum >= width) return min.map((m) => (m * width) / minSum);
  // Shares by weight; columns that need less than their share keep only their maximum.
  const widths: number[] = spec.columns.map(() => 0);
  let open = spec.columns.map((_, i) => i);
  let free = width;
  for (let changed = true; changed && open.length > 0;) {
    changed = false;
    const weightSum = sum(open.map((i) => weights[i]!));
    const settled = open.filter((i) => max[i]! <= (free * weights[i]!) / weightSum);
    if (settled.length > 0) {
      changed = true;
      for (const i of settled) { widths[i] = max[i]!; free -= max[i]!; }
      open = open.filter((i) => !settled.includes(i));
    }
  }
  const openWeight = sum(open.map((i) => weights[i]!));
  for (const i of open) widths[i] = (free * weights[i]!) / openWeight;
  // No column narrower than its widest word: the room comes from the columns above theirs.
  let deficit = 0;
  for (let i = 0; i < widths.length; i++) if (widths[i]! < min[i]!) { deficit += min[i]! - widths[i]!; widths[i] = min[i]!; }
  if (deficit > 0) {
    const slack = widths.map((w, i) => Math.max(0, w - min[i]!));
    const slackSum = sum(slack);
    for (let i = 0; i < widths.length; i++) widths[i] = widths[i]! - (deficit * slack[i]!) / slackSum;
  }
  return widths;
}

export function layoutTable(spec: TableSpec, parent: StructNode): LaidOutTable {
  const style = spec.style ?? CELL;
  const pad = CELL_PADDING;
  const slots = slotCells(spec);
  const widths = columnWidths(spec, AREA.width, style, slots);
  // Running sums and loops, not slices and spreads: a Markdown table may have thousands of
  // columns and a cell thousands of lines, and the work must stay linear in them.
  const xs: number[] = [];
  for (let i = 0, x = AREA.left; i < widths.length; x += widths[i]!, i++) xs.push(x);
  const right = AREA.left + AREA.width;

  const table = parent.child('Table');

  // Header row.
  const headerStyle: TextStyle = { ...style };
  const thead = table.child('THead');
  const headerTr = thead.child('TR');
  const headerCells = spec.columns.map((column, i) => {
    const node = headerTr.child('TH', { scope: 'Column' });
    const rows = paragraphRows([{ text: column.title, style: 'bold' }], node.child('P'), {
      x: xs[i]! + pad.x, width: widths[i]! - 2 * pad.x, style: { ...headerStyle, align: column.align },
    });
    return { node, rows };
  });
  const headerHeight = maxOf(headerCells.map((c) => contentHeight(c.rows)), 0) + 2 * pad.y;

  // Body rows: lay out each cell in its column(s).
  const tbody = table.child('TBody');
  const placed: PlacedCell[][] = [];
  const trNodes: StructNode[] = [];
  for (const slotRow of slots) {
    const tr = tbody.child('TR');
    trNodes.push(tr);
    placed.push(slotRow.map(({ cell, column, colSpan, rowSpan }) => {
      const x = xs[column]!;
      let width = 0;
      for (let c = column; c < column + colSpan; c++) width += widths[c]!;
      const node = tr.child(cell.rowHeader ? 'TH' : 'TD', cell.rowHeader ? { scope: 'Row', rowSpan } : { rowSpan });
      const rows = trimRows(cell.layout(x + pad.x, width - 2 * pad.x, node, style));
      return { cell, column, colSpan, rowSpan, x, width, node, rows, height: contentHeight(rows) + 2 * pad.y };
    }));
  }
  // Natural row heights; spanning cells stretch the last row they cover.
  const minRow = style.leading + 2 * pad.y;
  const heights = placed.map((row) => maxOf(row.filter((c) => c.rowSpan === 1).map((c) => c.height), minRow));
  placed.forEach((row, r) => {
    for (const cell of row.filter((c) => c.rowSpan > 1)) {
      const last = Math.min(r + cell.rowSpan, placed.length) - 1;
      const covered = heights.slice(r, last + 1).reduce((a, b) => a + b, 0);
      if (cell.height > covered) heights[last]! += cell.height - covered;
    }
  });

  // Groups: rows linked by spans are kept together when they fit on one page.
  const groups: Array<[number, number]> = [];
  for (let r = 0; r < placed.length;) {
    let end = r;
    for (let k = r; k <= end; k++) for (const cell of placed[k]!) end = Math.max(end, Math.min(k + cell.rowSpan, placed.length) - 1);
    groups.push([r, end]);
    r = end + 1;
  }
  // A group title (one cell across the table) is kept with the rows that follow it.
  const isTitle = (row: number) => placed[row]!.length === 1 && placed[row]![0]!.colSpan === spec.columns.length && spec.columns.length > 1;
  for (let g = groups.length - 2; g >= 0; g--) {
    const [a, b] = groups[g]!;
    if (a === b && isTitle(a)) groups.splice(g, 2, [a, groups[g + 1]![1]]);
  }

  const captionRows = spec.caption ? paragraphRows(spec.caption, table.child("Caption"), { x: 0, width: AREA.width, style: { size: style.size + 0.5, leading: style.leading + 1 } }) : [];
  const captionHeight = contentHeight(captionRows) + (captionRows.length ? 4 : 0);
  const unitHeight = (unit: number) => { const [a, b] = groups[unit]!; let h = 0; for (let r = a; r <= b; r++) h += heights[r]!; return h; };
  const capacity = AREA.pageHeight - headerHeight;
  // A row never stands alone below the header at the foot of a page: the first two rows
  // (a table of up to three rows: all of it) start together when they fit on a page.
  let firstHeight = 0;
  for (let g = 0; g < Math.min(groups.length, groups.length <= 3 ? 3 : 2); g++) firstHeight += unitHeight(g);
  if (firstHeight > capacity) firstHeight = groups.length ? Math.min(unitHeight(0), AREA.pageHeight / 3) : 0;
  const before = spec.before ?? 6;
  const startHeight = before + captionHeight + headerHeight + firstHeight;

  const draw = (flow: PageFlow) => {
    const { doc } = flow;
    const drawHeader = (tagged: boolean) => {
      const y = flow.y;
      artifact(doc, 'Layout', () => {
        doc.rect(flow.left, y, flow.width, headerHeight).fill(COLOR.headerFill);
        doc.moveTo(flow.left, y + headerHeight).lineTo(right, y + headerHeight).lineWidth(0.8).strokeColor(COLOR.rule).stroke();
      });
      headerCells.forEach((cell) => {
        let rowY = y + pad.y;
        for (const row of cell.rows) {
          if (tagged) flow.drawRow(row, 0, rowY);
          else { const top = rowY; artifact(doc, 'Pagination', () => { for (const item of row.items) drawPlain(flow, item, top); }); }
          rowY += row.height;
        }
      });
      flow.y = y + headerHeight;
    };

    flow.space(before);
    // Never a caption or header alone at the foot of a page.
    flow.ensure(captionHeight + headerHeight + firstHeight);
    if (captionRows.length) { flow.drawRows(captionRows); flow.space(4); }
    table.open(doc);
    drawHeader(true);

    const tableId = ++tableCounter;
    flow.withPageHook(() => drawHeader(false), () => {
      let page = flow.pageIndex;
      let onPage = 0;
      groups.forEach(([first, last], unit) => {
        const groupHeight = unitHeight(unit);
        const n = groups.length;
        // Nor alone below the repeated header at the head of the next page: when the last row
        // does not fit, the one before it goes over too (if two stay on this page).
        // A tall row (a third of a page or more, no spans) is split by lines at the page foot
        // rather than moved whole, when four lines fit here and three go over: a short table
        // of long rows then fills its pages instead of taking one page per row.
        const split = first === last && placed[first]!.every((c) => c.rowSpan === 1) && groupHeight >= capacity / 3
          && flow.y + groupHeight > flow.bottom + 0.01 && flow.available >= 4 * style.leading + 2 * pad.y
          && flow.y + groupHeight - flow.bottom >= 3 * style.leading;
        if (split) { /* drawn from here on, over the page break */ }
        else if (n >= 4 && unit === n - 2 && onPage >= 2 && groupHeight + unitHeight(n - 1) <= capacity && flow.y + groupHeight + unitHeight(n - 1) > flow.bottom + 0.01) flow.newPage();
        else if (groupHeight <= capacity) flow.ensure(groupHeight);
        if (flow.pageIndex !== page) { page = flow.pageIndex; onPage = 0; }
        const startPage = flow.pageIndex;
        drawGroup(flow, placed, heights, first, last, trNodes, capacity, right, split);
        flow.placements?.push({ kind: 'tableRow', page: startPage, table: tableId, unit, units: n, split: flow.pageIndex !== startPage, lastPage: flow.pageIndex, share: groupHeight / capacity });
        if (flow.pageIndex !== page) { page = flow.pageIndex; onPage = 0; }
        onPage++;
      });
    });
    flow.space(2);
    drawFootnotes(flow, spec.rows.flatMap((row) => row.flatMap((cell) => cell.footnotes ?? [])), parent);
  };
  return { startHeight, draw };
}

/** Draws a text item without tagging (inside an artifact). */
function drawPlain(flow: PageFlow, item: BoxRow['items'][number], y: number): void {
  const top = y + (item.style.leading - item.style.size * 1.25) / 2;
  writeOperators(flow.doc, textOperators(flow.doc, item.line.segments.map((segment) => ({
    style: segment.style, size: item.style.size, x: item.x + segment.x, top, text: segment.text, color: COLOR.text,
  }))));
}

/** Lines from..to (default: all) of a cell's rows; `height` is theirs when known. */
interface Slice { cell: PlacedCell; rows: BoxRow[]; from?: number; to?: number; height?: number }

function maxOf(values: readonly number[], initial: number): number {
  let max = initial;
  for (const value of values) if (value > max) max = value;
  return max;
}

function minOf(values: readonly number[], initial: number): number {
  let min = initial;
  for (const value of values) if (value < min) min = value;
  return min;
}

/**
 * Draws rows first..last. Each row is a band; a band taller than the page is split by
 * content lines. Spanning cells pour their lines into the bands of each page.
 */
function drawGroup(flow: PageFlow, placed: PlacedCell[][], heights: number[], first: number, last: number, trNodes: StructNode[], capacity: number, right: number, split = false): void {
  const { doc } = flow;
  const pad = CELL_PADDING;
  const spans = new Map<PlacedCell, { rows: BoxRow[]; next: number }>(); // lines of spanning cells, from `next` on still to draw
  let segmentTop = flow.y;
  const borders: Array<{ y: number; from: number; to: number }> = [];
  const activeSpans = () => [...spans.keys()];

  const closeSegment = (finalSegment: boolean) => {
    const segmentBottom = flow.y;
    // Pour spanning cells' lines into this segment.
    for (const cell of activeSpans()) {
      const remaining = spans.get(cell)!;
      const { rows } = remaining;
      let y = segmentTop + pad.y;
      while (remaining.next < rows.length && y + rows[remaining.next]!.height <= segmentBottom - pad.y + 0.01) {
        flow.drawRow(rows[remaining.next]!, 0, y);
        y += rows[remaining.next]!.height;
        remaining.next++;
      }
      if (finalSegment || remaining.next === rows.length) spans.delete(cell);
    }
    artifact(doc, 'Layout', () => {
      doc.lineWidth(0.5).strokeColor(COLOR.lightRule);
      for (const border of borders) doc.moveTo(border.from, border.y).lineTo(border.to, border.y).stroke();
      doc.moveTo(flow.left, segmentBottom).lineTo(right, segmentBottom).stroke();
      const columnsX = new Set<number>();
      for (const row of placed.slice(first, last + 1)) for (const cell of row) columnsX.add(cell.x);
      for (const x of [...columnsX, right]) doc.moveTo(x, segmentTop).lineTo(x, segmentBottom).stroke();
      doc.moveTo(flow.left, segmentTop).lineTo(flow.left, segmentBottom).stroke();
    });
    borders.length = 0;
  };

  const breakPage = () => {
    closeSegment(false);
    flow.newPage(); // the page hook repeats the header
    segmentTop = flow.y;
  };

  for (let r = first; r <= last; r++) {
    const row = placed[r]!;
    trNodes[r]!.open(doc);
    for (const cell of row) {
      cell.node.open(doc);
      if (cell.rowSpan > 1) spans.set(cell, { rows: cell.rows, next: 0 });
    }
    // Emphasis (sum rows): light fill behind the row, as decoration.
    let pending: Slice[] = row.filter((c) => c.rowSpan === 1).map((cell) => ({ cell, rows: cell.rows }));
    let bandHeight = heights[r]!;
    if (r === last) {
      // Spanning cells whose text is longer than their rows stretch the last band.
      for (const rest of spans.values()) bandHeight = Math.max(bandHeight, contentHeight(rest.rows.slice(rest.next)) + 2 * pad.y);
    }
    if (!split && bandHeight <= capacity && flow.y + bandHeight > flow.bottom + 0.01) breakPage();
    // Every pass draws the band or at least one line per cell (or moves to a fresh page),
    // so the loop ends; lines are taken by index, never by copying what remains.
    for (;;) {
      const available = flow.bottom - flow.y;
      const bandTop = flow.y;
      if (bandHeight <= available + 0.01) {
        drawBand(flow, pending, bandTop, bandHeight, row.some((c) => c.cell.emphasis));
        flow.y = bandTop + bandHeight;
        borders.push({ y: flow.y, from: minOf(row.filter((c) => c.rowSpan === 1).map((c) => c.x), right), to: right });
        break;
      }
      // Split the band: each cell keeps the lines that fit on this page.
      const fits = available - 2 * pad.y;
      const next: Slice[] = [];
      const now: Slice[] = pending.map((slice) => {
        let h = 0;
        const from = slice.from ?? 0;
        let k = from;
        while (k < slice.rows.length && h + slice.rows[k]!.height <= fits + 0.01) { h += slice.rows[k]!.height; k++; }
        next.push({ cell: slice.cell, rows: slice.rows, from: k, height: (slice.height ?? contentHeight(slice.rows)) - h });
        return { cell: slice.cell, rows: slice.rows, from, to: k };
      });
      drawBand(flow, now, bandTop, available, row.some((c) => c.cell.emphasis));
      flow.y = flow.bottom;
      const drawn = available - 2 * pad.y;
      pending = next;
      bandHeight = Math.max(minHeight(next) + 2 * pad.y, bandHeight - drawn);
      breakPage();
    }
  }
  closeSegment(true);
}

function minHeight(slices: Slice[]): number {
  return maxOf(slices.map((s) => s.height ?? contentHeight(s.rows)), 0);
}

function drawBand(flow: PageFlow, slices: Slice[], top: number, height: number, emphasis: boolean): void {
  const pad = CELL_PADDING;
  if (emphasis) {
    const xs = slices.map((s) => s.cell.x);
    const from = minOf(xs, Infinity);
    const to = maxOf(slices.map((s) => s.cell.x + s.cell.width), -Infinity);
    artifact(flow.doc, 'Background', () => { flow.doc.rect(from, top, to - from, height).fill('#f2f2f2'); });
  }
  for (const slice of slices) {
    let y = top + pad.y;
    for (let k = slice.from ?? 0; k < (slice.to ?? slice.rows.length); k++) {
      flow.drawRow(slice.rows[k]!, 0, y);
      y += slice.rows[k]!.height;
    }
  }
}

export { layoutRuns };
