/**
 * The follow-up's two charts as vector graphics from the model's fractions (issue 21), each
 * a Figure whose /Alt is the part's name, followed by what the site shows as text: the
 * indicator's verdict, and the table alternative. Statuses differ in colour and in texture
 * (solid, stripes, lines, cross-hatching, dots), and each segment carries its count, so a
 * black-and-white print reads as well as the screen.
 */
import type { FollowUpStatus, IndicatorChartPart, StatusBarsPart } from '../../../derive/follow-up/follow-up-model';
import type { PageFlow } from '../../engine/flow';
import { textWidth } from '../../engine/fonts';
import { textOperators, writeOperators, type GlyphSegment } from '../../engine/glyph-runs';
import { paragraphRows } from '../../engine/prose';
import { marked, type StructNode } from '../../engine/tagging';
import { fitOnLine } from '../../engine/text-layout';
import { BODY, COLOR, CONTENT_WIDTH, SMALL } from '../../engine/theme';
import { rowsItem, spaceItem, type FlowItem, type RenderContext } from '../items';
import { tablePartItems } from '../parts/table-part';

type Texture = 'solid' | 'diagonal' | 'horizontal' | 'cross' | 'vertical';

/**
 * Colour (3:1 or more against white, 4.5:1 against the white count), the lighter tone of its
 * texture lines (opaque: PDF/A-1 has no transparency) and texture per status; the site's
 * patterns match (src/site/follow-up/status-bars.tsx).
 */
export const STATUS_LOOK: Record<FollowUpStatus, { color: string; light: string; texture: Texture }> = {
  genomförd: { color: '#1f6b2a', light: '#1f6b2a', texture: 'solid' },
  pågår: { color: '#1d4f91', light: '#4f76ab', texture: 'diagonal' },
  'ej påbörjad': { color: '#5b6470', light: '#838a94', texture: 'horizontal' },
  försenad: { color: '#9a4400', light: '#bb7440', texture: 'cross' },
  struken: { color: '#7a1f1f', light: '#a05858', texture: 'vertical' },
};

/** Lines of a texture inside a rectangle, clipped to it, in the status's lighter tone. */
function drawTexture(doc: PDFKit.PDFDocument, status: FollowUpStatus, x: number, y: number, w: number, h: number): void {
  const { texture, light } = STATUS_LOOK[status];
  if (texture === 'solid') return;
  doc.save();
  doc.rect(x, y, w, h).clip();
  doc.lineWidth(1.2).strokeColor(light);
  const step = 4;
  if (texture === 'diagonal' || texture === 'cross') {
    for (let d = -h; d < w; d += step) doc.moveTo(x + d, y + h).lineTo(x + d + h, y).stroke();
  }
  if (texture === 'cross') {
    for (let d = -h; d < w; d += step) doc.moveTo(x + d, y).lineTo(x + d + h, y + h).stroke();
  }
  if (texture === 'horizontal') for (let yy = y + 2; yy < y + h; yy += 3.5) doc.moveTo(x, yy).lineTo(x + w, yy).stroke();
  if (texture === 'vertical') for (let xx = x + 2; xx < x + w; xx += 3.5) doc.moveTo(xx, y).lineTo(xx, y + h).stroke();
  doc.restore();
}

function swatch(doc: PDFKit.PDFDocument, status: FollowUpStatus, x: number, y: number, w: number, h: number): void {
  const look = STATUS_LOOK[status];
  doc.rect(x, y, w, h).fill(look.color);
  drawTexture(doc, status, x, y, w, h);
}

const text = (style: GlyphSegment['style'], size: number, x: number, top: number, value: string, color: string = COLOR.text): GlyphSegment =>
  ({ style, size, x, top, text: value, color, features: ['tnum'] });

const LEGEND_ROW = 14;
const BAR_LABEL = 13;
const BAR_HEIGHT = 15;
const BAR_GAP = 8;

/** The legend's rows: entries side by side, wrapped to the width. */
function legendRows(part: StatusBarsPart): { status: FollowUpStatus; label: string; x: number; row: number }[] {
  let x = 0;
  let row = 0;
  return part.legend.map((entry) => {
    const w = 14 + textWidth('regular', entry.label, 8.5) + 14;
    if (x > 0 && x + w > CONTENT_WIDTH) { x = 0; row++; }
    const placed = { ...entry, x, row };
    x += w;
    return placed;
  });
}

/**
 * The legend, then the bars one by one: a chart taller than the space left (a plan with many
 * goals) goes on over the next page, each piece marked as part of the same Figure.
 */
function drawStatusBars(flow: PageFlow, part: StatusBarsPart, figure: StructNode): void {
  const { doc } = flow;
  const x0 = flow.left;
  const legend = legendRows(part);
  const legendHeight = (Math.max(0, ...legend.map((l) => l.row)) + 1) * LEGEND_ROW;
  const y0 = flow.y;
  marked(doc, figure, () => {
    const labels: GlyphSegment[] = [];
    for (const entry of legend) {
      const y = y0 + entry.row * LEGEND_ROW;
      swatch(doc, entry.status, x0 + entry.x, y + 1.5, 10, 10);
      labels.push(text('regular', 8.5, x0 + entry.x + 14, y, entry.label));
    }
    writeOperators(doc, textOperators(doc, labels));
  });
  flow.y = y0 + legendHeight + 4;
  for (const bar of part.bars) {
    flow.ensure(BAR_LABEL + BAR_HEIGHT);
    const top = flow.y;
    marked(doc, figure, () => {
      const labels: GlyphSegment[] = [text('bold', 9, x0, top, fitOnLine(bar.label, 'bold', 9, CONTENT_WIDTH))];
      const y = top + BAR_LABEL;
      let x = x0;
      for (const segment of bar.segments) {
        const w = segment.fraction * CONTENT_WIDTH;
        swatch(doc, segment.status, x, y, w, BAR_HEIGHT);
        const count = String(segment.count);
        const cw = textWidth('bold', count, 8.5, ['tnum']);
        if (w >= cw + 4) {
          // The count sits on a patch of plain colour, so the texture never runs through it.
          doc.rect(x + (w - cw) / 2 - 3, y + 2, cw + 6, BAR_HEIGHT - 4).fill(STATUS_LOOK[segment.status].color);
          labels.push(text('bold', 8.5, x + (w - cw) / 2, y + 2.5, count, '#ffffff'));
        }
        // A white gap between segments, so neighbours never run together.
        if (x > x0) doc.rect(x - 0.5, y, 1, BAR_HEIGHT).fill('#ffffff');
        x += w;
      }
      writeOperators(doc, textOperators(doc, labels));
    });
    flow.y = top + BAR_LABEL + BAR_HEIGHT + BAR_GAP;
  }
}

function statusBarsHeight(part: StatusBarsPart): number {
  const rows = Math.max(0, ...legendRows(part).map((l) => l.row)) + 1;
  return rows * LEGEND_ROW + 4 + part.bars.length * (BAR_LABEL + BAR_HEIGHT + BAR_GAP);
}

/** "Figur 1. Aktiviteternas status …" under the chart. */
function captionItem(part: StatusBarsPart, parent: StructNode): BoxRowsItem {
  const p = parent.child('P');
  const runs = [...(part.label ? [{ text: `${part.label}. `, style: 'bold' as const }] : []), { text: part.caption, style: 'regular' as const }];
  return paragraphRows(runs, p, { x: 0, width: CONTENT_WIDTH, style: SMALL });
}
type BoxRowsItem = ReturnType<typeof paragraphRows>;

export function statusBarsPartItems(part: StatusBarsPart, ctx: RenderContext): FlowItem[] {
  const figure = ctx.parent.child('Figure', { alt: part.name });
  const height = statusBarsHeight(part);
  const caption = captionItem(part, ctx.parent);
  const captionHeight = caption.reduce((s, r) => s + r.height, 0);
  return [
    {
      startHeight: Math.min(height + captionHeight + 10, 200),
      draw: (flow) => {
        flow.space(8);
        // Whole on one page when it fits there; else it starts with the legend and its first bar.
        const whole = height + captionHeight + 4;
        flow.ensure(whole <= flow.pageHeight ? whole : statusBarsHeight({ ...part, bars: part.bars.slice(0, 1) }));
        if (part.anchor) flow.placeAnchor(part.anchor);
        drawStatusBars(flow, part, figure);
        flow.drawRows(caption);
      },
    },
    ...tablePartItems(part.table, ctx),
    spaceItem(8),
  ];
}

const POINT_ROW = 15;
const AXIS = 22;
const MARKER = 4;

type Point = NonNullable<IndicatorChartPart['outcome']>;

/** Marker shapes: baseline a ring, target a diamond, outcome a filled dot; they differ in shape, not only colour. */
function drawMarker(doc: PDFKit.PDFDocument, kind: 'baseline' | 'target' | 'outcome', x: number, y: number): void {
  if (kind === 'baseline') doc.circle(x, y, MARKER).lineWidth(1.4).stroke('#4b5563');
  else if (kind === 'target') doc.polygon([x, y - MARKER - 1], [x + MARKER + 1, y], [x, y + MARKER + 1], [x - MARKER - 1, y]).fill('#9a4400');
  else doc.circle(x, y, MARKER).fill(COLOR.accent);
}

function drawIndicator(flow: PageFlow, part: IndicatorChartPart, figure: StructNode, height: number): void {
  const { doc } = flow;
  const x0 = flow.left + 6;
  const width = CONTENT_WIDTH - 12;
  const y0 = flow.y;
  const points = ([['baseline', part.baseline], ['target', part.target], ['outcome', part.outcome]] as const).filter((p): p is readonly ['baseline' | 'target' | 'outcome', Point] => p[1] !== undefined);
  marked(doc, figure, () => {
    const labels: GlyphSegment[] = [];
    // Light guide lines at the ticks, behind the markers.
    const bottom = y0 + points.length * POINT_ROW + 4;
    for (const tick of part.scale.ticks) doc.moveTo(x0 + tick.fraction * width, y0).lineTo(x0 + tick.fraction * width, bottom).lineWidth(0.4).stroke(COLOR.lightRule);
    points.forEach(([kind, point], i) => {
      const cy = y0 + i * POINT_ROW + POINT_ROW / 2;
      const cx = x0 + Math.max(0, Math.min(1, point.fraction)) * width;
      drawMarker(doc, kind, cx, cy);
      const label = `${point.label}: ${point.text}`;
      const lw = textWidth('regular', label, 8.5);
      const lx = point.fraction <= 0.55 ? cx + MARKER + 5 : cx - MARKER - 5 - lw;
      // A white ground under the label hides the guide lines behind it.
      doc.rect(lx - 1.5, cy - 5.5, lw + 3, 11).fill('#ffffff');
      labels.push(text('regular', 8.5, lx, cy - 5.5, label));
    });
    doc.moveTo(x0, bottom).lineTo(x0 + width, bottom).lineWidth(0.8).stroke(COLOR.rule);
    part.scale.ticks.forEach((tick, i) => {
      const tx = x0 + tick.fraction * width;
      doc.moveTo(tx, bottom).lineTo(tx, bottom + 3).lineWidth(0.8).stroke(COLOR.rule);
      const tw = textWidth('regular', tick.text, 8, ['tnum']);
      const last = i === part.scale.ticks.length - 1;
      const lx = i === 0 ? tx : last ? tx - tw : tx - tw / 2;
      labels.push(text('regular', 8, lx, bottom + 5, tick.text, COLOR.muted));
    });
    writeOperators(doc, textOperators(doc, labels));
  });
  flow.y = y0 + height;
}

export function indicatorChartPartItems(part: IndicatorChartPart, ctx: RenderContext): FlowItem[] {
  const count = [part.baseline, part.target, part.outcome].filter(Boolean).length;
  const height = count * POINT_ROW + 4 + AXIS;
  const titleNode = ctx.parent.child('P');
  const title = paragraphRows([{ text: part.title, style: 'bold' }, { text: ` (${part.directionText})`, style: 'regular' }], titleNode, { x: 0, width: CONTENT_WIDTH, style: BODY });
  const titleHeight = title.reduce((s, r) => s + r.height, 0);
  const figure = ctx.parent.child('Figure', { alt: part.name });
  const verdict = paragraphRows([{ text: part.verdict, style: 'bold', color: part.met === false ? '#8a2f3f' : part.met ? '#1f6b2a' : COLOR.muted }], ctx.parent.child('P'), { x: 0, width: CONTENT_WIDTH, style: BODY });
  return [
    {
      startHeight: titleHeight + height + BODY.leading + 10,
      draw: (flow) => {
        flow.space(10);
        flow.ensure(titleHeight + height + BODY.leading + 40);
        if (part.anchor) flow.placeAnchor(part.anchor);
        flow.drawRows(title);
        flow.space(2);
        drawIndicator(flow, part, figure, height);
      },
    },
    rowsItem(verdict),
    ...tablePartItems(part.table, ctx),
    spaceItem(8),
  ];
}
