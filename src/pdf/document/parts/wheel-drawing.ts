/**
 * The annual wheel as vector graphics from the derived drawing (src/derive/wheel-geometry.ts:
 * same rings, angles, marks, number tags and text sizes as the site; colours and shapes from
 * src/derive/wheel-palette.ts; every word from derive): full month names along the ring, the
 * numbered list (the key) beside the wheel and the legend below. The drawing is one Figure
 * with alt text; the wheel's table carries the same facts as text.
 */
import type { WheelDrawing } from '../../../derive/presentation';
import { FONT_NAME, type FontStyle } from '../../engine/fonts';
import type { PageFlow } from '../../engine/flow';
import { marked, type StructNode } from '../../engine/tagging';
import { layoutRuns, type Line, type Run, type TextStyle } from '../../engine/text-layout';
import { COLOR, CONTENT_WIDTH } from '../../engine/theme';

/**
 * The wheel's width in points: with the key beside it, and alone (a wheel with more events
 * than the key holds). The smallest text of the drawing, 36 units of 1000, is 10.4 pt at 290 pt.
 */
const WHEEL_WITH_KEY = 290;
const WHEEL_ALONE = 380;
const KEY_GAP = 14;
/** The key and the legend: 8 pt type, never smaller than the 7 pt the issue allows. */
const KEY_STYLE: TextStyle = { size: 8, leading: 10 };
const LEGEND_STYLE: TextStyle = { size: 8.5, leading: 11 };
const SYMBOL = 8;
const SYMBOL_GAP = 12;
/** The key's titles hang after their numbers. */
const KEY_INDENT = 16;

interface Layout {
  wheelWidth: number;
  /** Left edge of the wheel relative to the column. */
  wheelX: number;
  /** The key's lines, relative to the figure's top left. */
  key: { lines: Line[]; x: number; y: number; number?: string }[];
  legend: { lines: Line[]; x: number; y: number; indent: number; symbol?: 'category' | 'band' | 'outside'; ring?: number }[];
  height: number;
}

const bold = (text: string): Run => ({ text, style: 'bold' });
const regular = (text: string): Run => ({ text, style: 'regular' });

/**
 * The tallest the figure may be and still fit a page with its caption. The key stands
 * beside the wheel, or below it in two columns when that is too tall; a key that fits
 * neither way (very long titles) is left out of the PDF, and the table after the figure has
 * the same numbers and titles (docs/arshjul.md).
 */
const MAX_FIGURE_HEIGHT = 620;

type KeyPlace = 'beside' | 'below' | 'none';

/** Where everything goes, relative to the figure's top left, for a column `width` wide. */
function layout(geometry: WheelDrawing, width: number): Layout {
  if (!geometry.key) return place(geometry, width, 'none');
  const beside = place(geometry, width, 'beside');
  if (beside.height <= MAX_FIGURE_HEIGHT) return beside;
  const below = place(geometry, width, 'below');
  return below.height <= MAX_FIGURE_HEIGHT ? below : place(geometry, width, 'none');
}

function place(geometry: WheelDrawing, width: number, keyPlace: KeyPlace): Layout {
  const wheelWidth = keyPlace === 'none' ? Math.min(WHEEL_ALONE, width) : WHEEL_WITH_KEY;
  const wheelX = keyPlace === 'beside' ? 0 : (width - wheelWidth) / 2;
  const wheelHeight = (geometry.height * wheelWidth) / geometry.width;
  const key: Layout['key'] = [];
  let keyBottom = 0;
  if (geometry.key && keyPlace !== 'none') {
    const top = keyPlace === 'beside' ? 0 : wheelHeight + 8;
    const left = keyPlace === 'beside' ? wheelWidth + KEY_GAP : 0;
    const columnWidth = keyPlace === 'beside' ? width - left : (width - KEY_GAP) / 2;
    key.push({ lines: layoutRuns([bold(geometry.key.heading)], columnWidth, KEY_STYLE), x: left, y: top });
    const itemsTop = top + KEY_STYLE.leading + 3;
    const perColumn = keyPlace === 'beside' ? geometry.key.items.length : Math.ceil(geometry.key.items.length / 2);
    let y = itemsTop;
    geometry.key.items.forEach((item, i) => {
      if (i > 0 && i % perColumn === 0) y = itemsTop;
      const x = left + Math.floor(i / perColumn) * (columnWidth + KEY_GAP);
      const lines = layoutRuns([bold(`${item.when}: `), regular(item.title)], columnWidth - KEY_INDENT, KEY_STYLE);
      key.push({ lines, x, y, number: String(item.number) });
      y += lines.length * KEY_STYLE.leading + 3;
      keyBottom = Math.max(keyBottom, y);
    });
  }
  // The legend under the drawing: heading, rings in two columns, then the explanations.
  const legendTop = Math.max(wheelHeight, keyBottom) + 8;
  const legend: Layout['legend'] = [{ lines: layoutRuns([bold(geometry.legendHeading)], width, LEGEND_STYLE), x: 0, y: legendTop, indent: 0 }];
  let y = legendTop + LEGEND_STYLE.leading + 2;
  const column = width / 2;
  for (let i = 0; i < geometry.rings.length; i += 2) {
    let rowHeight = 0;
    for (const ring of [i, i + 1]) {
      if (ring >= geometry.rings.length) continue;
      const lines = layoutRuns([regular(geometry.rings[ring]!.legend)], column - SYMBOL_GAP - 8, LEGEND_STYLE);
      legend.push({ lines, x: (ring % 2) * column, y, indent: SYMBOL_GAP, symbol: 'category', ring });
      rowHeight = Math.max(rowHeight, lines.length * LEGEND_STYLE.leading);
    }
    y += rowHeight + 1;
  }
  const explanations = [
    [geometry.bandExplanation, 'band'], [geometry.outsideExplanation, 'outside'], [geometry.editorialExplanation, undefined],
  ] as const;
  for (const [text, symbol] of explanations) {
    if (!text) continue;
    const lines = layoutRuns([regular(text)], width - SYMBOL_GAP, LEGEND_STYLE);
    legend.push({ lines, x: 0, y, indent: SYMBOL_GAP, ...(symbol ? { symbol } : {}) });
    y += lines.length * LEGEND_STYLE.leading + 1;
  }
  return { wheelWidth, wheelX, key, legend, height: y };
}

/** Height in points of the drawing, its key and its legend in a column `width` wide. */
export function wheelHeight(geometry: WheelDrawing, width: number): number {
  return layout(geometry, width).height;
}

function drawLines(doc: PDFKit.PDFDocument, lines: readonly Line[], x: number, y: number, style: TextStyle): void {
  lines.forEach((line, i) => {
    for (const segment of line.segments) {
      doc.font(FONT_NAME[segment.style as FontStyle]).fontSize(style.size).fillColor(COLOR.text)
        .text(segment.text, x + segment.x, y + i * style.leading, { lineBreak: false });
    }
  });
}

/** Text centred on (x, y) like SVG's text-anchor middle and dominant-baseline central. */
function centred(doc: PDFKit.PDFDocument, text: string, x: number, y: number): void {
  const width = doc.widthOfString(text);
  doc.text(text, x - width / 2, y, { lineBreak: false, baseline: 'svg-central' } as PDFKit.Mixins.TextOptions);
}

/** Draws the wheel at the cursor inside the Figure node (content marked as the figure). */
export function drawWheel(flow: PageFlow, geometry: WheelDrawing, figure: StructNode, width = CONTENT_WIDTH): void {
  const { doc } = flow;
  const { paint, text } = geometry;
  const at = layout(geometry, width);
  const scale = at.wheelWidth / geometry.width;
  const left = flow.left + (flow.width - width) / 2;
  const x0 = left + at.wheelX;
  const y0 = flow.y;
  marked(doc, figure, () => {
    doc.save();
    doc.translate(x0, y0).scale(scale);
    geometry.rings.forEach((ring, i) => { doc.path(ring.path).fill(paint.ringFills[i % paint.ringFills.length]!, 'even-odd'); });
    geometry.rings.forEach((ring) => { doc.path(ring.path).lineWidth(1.5).stroke(paint.ringStroke); });
    for (const month of geometry.months) {
      doc.path(month.path).lineWidth(3).fillAndStroke(month.inPeriod ? paint.monthFills[month.index % 2]! : paint.outsideFill, paint.separator);
    }
    doc.circle(geometry.center.x, geometry.center.y, geometry.hubRadius).lineWidth(1.5).fillAndStroke(paint.hub, paint.ringStroke);
    doc.font(FONT_NAME.bold).fontSize(geometry.year.length > 4 ? text.yearLong : text.year).fillColor(paint.hubText);
    centred(doc, geometry.year, geometry.center.x, geometry.center.y);
    // Whole month names along the ring, turned in the lower half like the site's.
    doc.font(FONT_NAME.bold).fontSize(text.month);
    for (const month of geometry.months) {
      doc.save();
      doc.rotate(month.rotation, { origin: [month.label.x, month.label.y] });
      doc.fillColor(month.inPeriod ? paint.monthText : paint.outsideText);
      centred(doc, month.name, month.label.x, month.label.y);
      doc.restore();
    }
    // Dates' shapes get a white outline; arcs and bands lie in lanes of their own.
    for (const mark of geometry.marks) {
      if (mark.kind === 'point') doc.path(mark.path).lineWidth(2).fillAndStroke(mark.colour, paint.separator);
      else doc.path(mark.path).fill(mark.colour);
    }
    doc.font(FONT_NAME.bold).fontSize(text.tag);
    for (const mark of geometry.marks) {
      const tag = mark.tag;
      if (!tag) continue;
      doc.roundedRect(tag.x, tag.y, tag.width, tag.height, 10).lineWidth(3).fillAndStroke(paint.tagFill, mark.colour);
      if (tag.symbol) doc.path(tag.symbol).fill(mark.colour);
      doc.fillColor(paint.tagText);
      centred(doc, tag.text, tag.textX, tag.textY);
    }
    doc.restore();
    // The key beside the wheel, the legend below.
    for (const entry of at.key) {
      if (entry.number) {
        doc.font(FONT_NAME.bold).fontSize(KEY_STYLE.size).fillColor(COLOR.text);
        doc.text(entry.number, left + entry.x + KEY_INDENT - 4 - doc.widthOfString(entry.number), y0 + entry.y, { lineBreak: false });
      }
      drawLines(doc, entry.lines, left + entry.x + (entry.number ? KEY_INDENT : 0), y0 + entry.y, KEY_STYLE);
    }
    for (const entry of at.legend) {
      const x = left + entry.x;
      const y = y0 + entry.y;
      if (entry.symbol === 'category') {
        const ring = geometry.rings[entry.ring!]!;
        doc.save();
        doc.translate(x, y + 1.5).scale(SYMBOL / 20);
        doc.path(ring.symbol).fill(ring.colour);
        doc.restore();
      } else if (entry.symbol === 'band') {
        doc.rect(x, y + 3.5, 3.2, 3.2).rect(x + 4.8, y + 3.5, 3.2, 3.2).fill(paint.legendMark);
      } else if (entry.symbol === 'outside') {
        doc.rect(x, y + 1.5, SYMBOL, SYMBOL).lineWidth(0.5).fillAndStroke(paint.outsideFill, paint.legendMark);
      }
      drawLines(doc, entry.lines, x + entry.indent, y, LEGEND_STYLE);
    }
  });
  flow.y = y0 + at.height;
}
