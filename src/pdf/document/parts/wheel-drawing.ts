/**
 * The annual wheel as vector graphics from the derived drawing (src/derive/wheel-geometry.ts:
 * same rings, angles, marks and labels as the site; every word from derive), with a legend.
 * The drawing is one Figure with alt text; the wheel's table carries the same facts as text.
 */
import type { WheelDrawing } from '../../../derive/presentation';
import { FONT_NAME } from '../../engine/fonts';
import type { PageFlow } from '../../engine/flow';
import { marked, type StructNode } from '../../engine/tagging';
import { COLOR, CONTENT_WIDTH } from '../../engine/theme';

/** Category colours, ring by ring (dark enough for white text-free marks on light rings). */
export const WHEEL_COLORS = ['#22466e', '#b5542a', '#3d7a3a', '#7a3d78', '#a07b12', '#1f7a7a', '#8a2f3f', '#4b5c99', '#5c6b2e', '#996633', '#2e6b8a', '#6b4e2e'];
/** Months outside a period shorter than a year. */
const OUTSIDE_FILL = '#b9c0c8';
const RING_FILLS = ['#eef2f7', '#f7efe9', '#edf4ec', '#f4ecf4', '#f7f2e3', '#e9f4f4', '#f6eaec', '#eceef7', '#f0f2e6', '#f5eee6', '#e8f1f6', '#f2ede7'];

/** Height in points of the drawing plus legend when drawn `width` wide. */
export function wheelHeight(geometry: WheelDrawing, width: number): number {
  const scale = width / geometry.width;
  return geometry.height * scale + legendHeight(geometry);
}

const LEGEND_LINE = 12;

/** The legend's heading, its rings in two columns and, when the wheel has bands, grey months or editorial categories, their explanations. */
function legendHeight(geometry: WheelDrawing): number {
  const explanations = [geometry.bandExplanation, geometry.outsideExplanation, geometry.editorialExplanation].filter(Boolean).length;
  return (1 + Math.ceil(geometry.rings.length / 2) + explanations) * LEGEND_LINE + 8;
}

/** Draws the wheel at the cursor inside the Figure node (content marked as the figure). */
export function drawWheel(flow: PageFlow, geometry: WheelDrawing, figure: StructNode, width = CONTENT_WIDTH): void {
  const { doc } = flow;
  const scale = width / geometry.width;
  const x0 = flow.left + (flow.width - width) / 2;
  const y0 = flow.y;
  marked(doc, figure, () => {
    doc.save();
    doc.translate(x0, y0).scale(scale);
    geometry.rings.forEach((ring, i) => { doc.path(ring.path).fill(RING_FILLS[i % RING_FILLS.length]!); });
    geometry.months.forEach((month, i) => {
      doc.path(month.path).fillAndStroke(month.inPeriod ? (i % 2 ? '#f4f4f4' : '#e4e4e4') : OUTSIDE_FILL, '#ffffff');
    });
    geometry.rings.forEach((ring) => { doc.path(ring.path).lineWidth(1.5).stroke('#ffffff'); });
    doc.circle(geometry.center.x, geometry.center.y, geometry.hubRadius).fill('#ffffff');
    // "2024/25" needs a smaller size than "2020" to stay inside the hub.
    doc.font(FONT_NAME.bold).fontSize(geometry.year.length > 4 ? 30 : 40).fillColor(COLOR.accent);
    const yearText = geometry.year;
    const yearWidth = doc.widthOfString(yearText);
    doc.text(yearText, geometry.center.x - yearWidth / 2, geometry.center.y - (geometry.year.length > 4 ? 20 : 26), { lineBreak: false });
    doc.font(FONT_NAME.regular).fontSize(17).fillColor(COLOR.text);
    for (const month of geometry.months) {
      // Upright names have room for the short form only (the site turns whole names along the ring).
      const name = month.short;
      const w = doc.widthOfString(name);
      doc.text(name, month.label.x - w / 2, month.label.y - 10, { lineBreak: false });
    }
    const colorOf = new Map(geometry.rings.map((ring, i) => [ring.categoryId, WHEEL_COLORS[i % WHEEL_COLORS.length]!]));
    for (const mark of geometry.marks) {
      const color = colorOf.get(mark.categoryId) ?? COLOR.accent;
      if (mark.path) doc.path(mark.path).fill(color);
      for (const point of mark.points) doc.circle(point.x, point.y, mark.radius).fill(color);
    }
    doc.lineWidth(1).strokeColor('#777777');
    for (const label of geometry.labels) {
      const [first, ...rest] = label.leader;
      if (!first) continue;
      doc.moveTo(first.x, first.y);
      for (const p of rest) doc.lineTo(p.x, p.y);
      doc.stroke();
    }
    doc.font(FONT_NAME.regular).fontSize(17).fillColor(COLOR.text);
    for (const label of geometry.labels) {
      const w = doc.widthOfString(label.text);
      const x = label.anchor === 'end' ? label.x - w : label.x;
      doc.text(label.text, x, label.y - 10, { lineBreak: false });
    }
    doc.restore();
    // Legend below the drawing: heading, rings in two columns, bands and grey months explained.
    const legendTop = y0 + geometry.height * scale + 6;
    doc.font(FONT_NAME.bold).fontSize(8.5).fillColor(COLOR.text).text(geometry.legendHeading, x0, legendTop, { lineBreak: false });
    const ringsTop = legendTop + LEGEND_LINE;
    doc.font(FONT_NAME.regular).fontSize(8.5);
    geometry.rings.forEach((ring, i) => {
      const col = i % 2;
      const row = Math.floor(i / 2);
      const lx = x0 + col * (width / 2);
      const ly = ringsTop + row * LEGEND_LINE;
      doc.rect(lx, ly + 1.5, 8, 8).fill(WHEEL_COLORS[i % WHEEL_COLORS.length]!);
      doc.fillColor(COLOR.text).text(ring.legend, lx + 12, ly, { lineBreak: false });
    });
    let ly = ringsTop + Math.ceil(geometry.rings.length / 2) * LEGEND_LINE;
    if (geometry.bandExplanation) {
      doc.rect(x0, ly + 3.5, 3.5, 4).rect(x0 + 4.5, ly + 3.5, 3.5, 4).fill('#4b5563');
      doc.fillColor(COLOR.text).text(geometry.bandExplanation, x0 + 12, ly, { lineBreak: false });
      ly += LEGEND_LINE;
    }
    if (geometry.outsideExplanation) {
      doc.rect(x0, ly + 1.5, 8, 8).fill(OUTSIDE_FILL);
      doc.fillColor(COLOR.text).text(geometry.outsideExplanation, x0 + 12, ly, { lineBreak: false });
      ly += LEGEND_LINE;
    }
    if (geometry.editorialExplanation) {
      doc.fillColor(COLOR.text).text(geometry.editorialExplanation, x0 + 12, ly, { lineBreak: false });
    }
  });
  flow.y = y0 + wheelHeight(geometry, width);
}
