/**
 * The table of contents: entries with numbers, dot leaders and page numbers, each a
 * link to its heading. Its pages are reserved before the body is drawn (the layout of
 * an entry does not depend on its page number), and filled in once the pages are known.
 */
import type { TocEntry } from '../../derive/derive-plan';
import { FONT_NAME } from '../engine/fonts';
import type { PageFlow } from '../engine/flow';
import { artifact, closeMarkedText, marked, type StructNode } from '../engine/tagging';
import { textOperators, writeOperators, type GlyphSegment } from '../engine/glyph-runs';
import { layoutRuns, type Line, type TextStyle } from '../engine/text-layout';
import { textWidth, type FontStyle } from '../engine/fonts';
import { COLOR, CONTENT_WIDTH, HEADING } from '../engine/theme';

const STYLE: TextStyle = { size: 10.5, leading: 15 };
const INDENT = 16;
const PAGE_COLUMN = 28;
const TITLE_HEIGHT = HEADING[1]!.leading + HEADING[1]!.after + 6;

interface TocLine { entry: TocEntry; lines: Line[]; x: number; numberWidth: number; height: number }

function layoutEntry(entry: TocEntry): TocLine {
  const indent = (Math.min(entry.level, 4) - 1) * INDENT;
  const style = entry.level === 1 ? 'bold' : 'regular';
  const numberWidth = entry.number ? Math.max(22, textWidth(style, entry.number, STYLE.size) + 8) : 0;
  const width = CONTENT_WIDTH - indent - numberWidth - PAGE_COLUMN - 10;
  const lines = layoutRuns([{ text: entry.title, style }], width, STYLE, { hyphenate: false });
  const gap = entry.level === 1 ? 4 : 0;
  return { entry, lines, x: indent, numberWidth, height: lines.length * STYLE.leading + gap };
}

export interface TocLayout { pages: TocLine[][] }

/**
 * Reserves the table of contents' pages right after the cover (its page numbers are known
 * only when the rest is laid out) with its heading in the outline and the tag tree;
 * `draw` fills them in at the end.
 */
export function reserveToc(flow: PageFlow, root: StructNode, outline: { add(level: number, title: string, y: number): void }, title: string, entries: readonly TocEntry[]): { draw(): void } {
  const layout = layoutToc(entries, flow.pageHeight);
  const heading = root.child('H1').open(flow.doc);
  const toc = root.child('TOC').open(flow.doc);
  let firstPage = -1;
  for (let i = 0; i < layout.pages.length; i++) {
    flow.newPage();
    if (i === 0) { firstPage = flow.pageIndex; outline.add(1, title, flow.top); }
  }
  return { draw: () => drawToc(flow, title, layout, firstPage, flow.anchorPages(), heading, toc) };
}

/** How the entries fall on pages; the first page also holds the heading. */
export function layoutToc(entries: readonly TocEntry[], pageHeight: number): TocLayout {
  const pages: TocLine[][] = [[]];
  let used = TITLE_HEIGHT;
  for (const entry of entries) {
    const line = layoutEntry(entry);
    if (used + line.height > pageHeight) { pages.push([]); used = 0; }
    pages.at(-1)!.push(line);
    used += line.height;
  }
  return { pages };
}

/** Draws the TOC on its reserved pages. `firstPage` is 0-based. */
export function drawToc(flow: PageFlow, title: string, layout: TocLayout, firstPage: number, pageOf: ReadonlyMap<string, number>, heading: StructNode, toc: StructNode): void {
  const { doc } = flow;
  layout.pages.forEach((entries, p) => {
    closeMarkedText(doc);
    doc.switchToPage(firstPage + p);
    let y = flow.top;
    if (p === 0) {
      marked(doc, heading, () => {
        doc.font(FONT_NAME.bold).fontSize(HEADING[1]!.size).fillColor(COLOR.accent).text(title, flow.left, y, { lineBreak: false });
      });
      y += TITLE_HEIGHT;
    }
    for (const line of entries) {
      if (line.entry.level === 1) y += 4;
      const page = pageOf.get(line.entry.anchor);
      const pageText = page === undefined ? '' : String(page + 1);
      const item = toc.child('TOCI');
      const link = item.child('Link');
      const x = flow.left + line.x;
      const style: FontStyle = line.entry.level === 1 ? 'bold' : 'regular';
      const top = (yy: number) => yy + (STYLE.leading - STYLE.size * 1.25) / 2;
      let lastLineWidth = 0;
      let lastY = y;
      marked(doc, link, () => {
        const parts: GlyphSegment[] = [];
        const part = (text: string, px: number, ptop: number, features?: string[]): GlyphSegment => ({ style, size: STYLE.size, x: px, top: ptop, text, color: COLOR.text, features });
        // Trailing and leading spaces keep words apart in extracted text.
        if (line.entry.number) parts.push(part(`${line.entry.number} `, x, top(y)));
        line.lines.forEach((l, i) => {
          const ly = y + i * STYLE.leading;
          // A trailing space between lines keeps the words apart in the Link's text.
          const text = l.segments.map((s) => s.text).join('') + (i < line.lines.length - 1 ? ' ' : '');
          parts.push(part(text, x + line.numberWidth, top(ly)));
          lastLineWidth = l.width;
          lastY = ly;
        });
        const shown = ` ${pageText}`;
        const pw = textWidth(style, shown, STYLE.size, ['tnum']);
        parts.push(part(shown, flow.left + flow.width - pw, top(lastY), ['tnum']));
        writeOperators(doc, textOperators(doc, parts));
      });
      // Dot leader between the title and the page number: decoration.
      const from = x + line.numberWidth + lastLineWidth + 6;
      const to = flow.left + flow.width - PAGE_COLUMN;
      if (to > from) {
        artifact(doc, 'Layout', () => {
          const dot = textWidth('regular', '. ', STYLE.size);
          const count = Math.floor((to - from) / dot);
          writeOperators(doc, textOperators(doc, [{ style: 'regular', size: STYLE.size, x: to - count * dot, top: top(lastY), text: '. '.repeat(count), color: COLOR.muted }]));
        });
      }
      const height = line.lines.length * STYLE.leading;
      doc.goTo(x, y, flow.left + flow.width - x, height, line.entry.anchor, { structParent: link.elementIn(doc), Contents: new String(`${line.entry.number ?? ''} ${line.entry.title}`.trim()) } as Record<string, unknown>);
      y += height;
    }
  });
}
