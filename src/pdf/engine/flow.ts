/**
 * The page flow: a cursor that moves down the page, adds pages when content does not
 * fit, and draws laid-out text rows as tagged content. Rows are the unit of page
 * breaking; paragraphs group their rows so widows and orphans can be avoided.
 */
import { colorOp, num, textOperators, type GlyphSegment } from './glyph-runs';
import { closeMarkedText, markedText, StructNode } from './tagging';
import type { Line, Segment, TextStyle } from './text-layout';
import { isSafeHref } from '../../markdown/parse-markdown';
import { COLOR, CONTENT_BOTTOM, CONTENT_WIDTH, PAGE } from './theme';
import { asciiUri } from './uri';
import { supSize } from './word-pieces';

export interface BoxItem {
  /** Left edge relative to the box. */
  x: number;
  line: Line;
  style: TextStyle;
  owner: StructNode;
  color?: string;
}

export interface BoxRow {
  height: number;
  items: BoxItem[];
  /** Rows of one paragraph share a group, for widow and orphan control. */
  group?: number;
  /** Position in the group and the group's size. */
  index?: number;
  count?: number;
  /** Named destinations placed at the top of this row. */
  anchors?: string[];
}

let groupCounter = 0;
export function nextGroup(): number {
  return ++groupCounter;
}

/**
 * Where the flow put a paragraph's line or a table's row (a unit of rows linked by spans),
 * recorded on request so tests can check pagination against the engine's own decisions.
 */
export type Placement =
  | { kind: 'line'; page: number; group: number; index: number; count: number; text: string }
  | {
    kind: 'tableRow'; page: number; table: number; unit: number; units: number; split: boolean; lastPage: number;
    /** The row's height as a share of the room below the header on a page. */
    share: number;
  };

export interface LinkTarget {
  /** Anchors that exist in this document; other "#…" links are drawn as plain text. */
  anchors: ReadonlySet<string>;
}

export class PageFlow {
  y: number = PAGE.marginTop;
  readonly top: number = PAGE.marginTop;
  readonly bottom: number = CONTENT_BOTTOM;
  readonly left: number = PAGE.marginLeft;
  readonly width: number = CONTENT_WIDTH;
  private readonly placedAnchors = new Map<string, number>();

  constructor(
    readonly doc: PDFKit.PDFDocument,
    readonly links: LinkTarget,
    /** Called after each new page is added (e.g. to repeat a table header). */
    private onNewPage: Array<() => void> = [],
    /** When given, every paragraph line and table row drawn is recorded here. */
    readonly placements?: Placement[],
  ) {}

  get pageIndex(): number {
    const range = this.doc.bufferedPageRange();
    return range.start + range.count - 1;
  }

  get atTop(): boolean {
    return this.y <= this.top + 0.01;
  }

  get available(): number {
    return this.bottom - this.y;
  }

  get pageHeight(): number {
    return this.bottom - this.top;
  }

  newPage(): void {
    closeMarkedText(this.doc);
    this.doc.addPage();
    this.y = this.top;
    for (const hook of [...this.onNewPage]) hook();
  }

  /** Runs `body` with a hook that runs after every page break inside it. */
  withPageHook<T>(hook: () => void, body: () => T): T {
    this.onNewPage.push(hook);
    try {
      return body();
    } finally {
      this.onNewPage.splice(this.onNewPage.indexOf(hook), 1);
    }
  }

  /** Starts a new page unless `height` fits below the cursor (or we are at the top already). */
  ensure(height: number): void {
    if (this.y + height > this.bottom + 0.01 && !this.atTop) this.newPage();
  }

  space(height: number): void {
    this.y = Math.min(this.y + height, this.bottom);
  }

  /** Page (0-based) where each anchor was placed. */
  anchorPages(): ReadonlyMap<string, number> {
    return this.placedAnchors;
  }

  placeAnchor(anchor: string, y = this.y): void {
    if (this.placedAnchors.has(anchor)) return;
    this.placedAnchors.set(anchor, this.pageIndex);
    this.doc.addNamedDestination(anchor, 'XYZ', 0, y, null);
  }

  /**
   * Draws rows of a box at the left edge `x`, breaking pages between rows: a paragraph's
   * first line is never left alone at the foot of a page (orphan) and its last line never
   * carried alone to the next (widow); a paragraph of two or three lines is kept whole.
   */
  drawRows(rows: readonly BoxRow[], x = this.left): void {
    for (let i = 0; i < rows.length; i++) {
      const row = rows[i]!;
      if (row.group !== undefined && row.count !== undefined && row.index !== undefined && row.count >= 2) {
        const ahead = (n: number) => { let h = 0; for (let k = i; k < i + n && k < rows.length && rows[k]!.group === row.group; k++) h += rows[k]!.height; return h; };
        if (row.index === 0) {
          // Orphan: the first two lines go together (a paragraph of up to three lines, whole).
          const keep = ahead(row.count <= 3 ? row.count : 2);
          if (keep <= this.pageHeight) this.ensure(keep);
        } else if (row.count >= 4 && row.index === row.count - 2 && row.index >= 2) {
          // Widow: never carry a paragraph's last line alone to the next page.
          if (this.y + ahead(2) > this.bottom + 0.01) this.newPage();
        }
      }
      this.ensure(row.height);
      if (this.placements && row.group !== undefined && row.index !== undefined && row.count !== undefined && row.items.length > 0) {
        this.placements.push({ kind: 'line', page: this.pageIndex, group: row.group, index: row.index, count: row.count, text: row.items.map((item) => item.line.segments.map((s) => s.text).join('')).join(' ') });
      }
      this.drawRow(row, x, this.y);
      this.y += row.height;
    }
  }

  drawRow(row: BoxRow, x: number, y: number): void {
    for (const anchor of row.anchors ?? []) this.placeAnchor(anchor, y);
    for (const item of row.items) this.drawLine(item, x + item.x, y);
  }

  drawLine(item: BoxItem, x: number, y: number): void {
    const { doc } = this;
    const { line, style } = item;
    // Group consecutive segments by their owner (paragraph, link, note reference); each
    // group continues its owner's marked-content sequence when nothing came between.
    let start = 0;
    while (start < line.segments.length) {
      const owner = line.segments[start]!.node ?? item.owner;
      let end = start + 1;
      while (end < line.segments.length && (line.segments[end]!.node ?? item.owner) === owner) end++;
      const segments = line.segments.slice(start, end);
      markedText(doc, owner, this.segmentOperators(segments, style, x, y, item.color, end === line.segments.length && line.spaceAfter === true));
      for (const segment of segments) this.linkSegment(segment, style, x, y, owner);
      start = end;
    }
  }

  /** Text operators for segments of one line, with link underlines. */
  private segmentOperators(segments: readonly Segment[], style: TextStyle, x: number, y: number, color: string | undefined, spaceAfter: boolean): string {
    const glyphs: GlyphSegment[] = [];
    let underlines = '';
    for (const [i, segment] of segments.entries()) {
      const size = segment.sup ? supSize(style.size) : style.size;
      const top = y + (style.leading - style.size * 1.25) / 2 + (segment.sup ? -style.size * 0.05 : 0);
      const live = !!segment.link && this.isLive(segment.link);
      const fill = segment.color ?? (live ? COLOR.link : color ?? COLOR.text);
      // An invisible trailing space keeps the last word apart from the next line's first.
      const text = spaceAfter && i === segments.length - 1 ? `${segment.text} ` : segment.text;
      glyphs.push({ style: segment.style, size, x: x + segment.x, top, text, color: fill, features: style.features });
      if (live && !segment.sup) {
        const underline = top + size * 1.08;
        underlines += `\n${num(x + segment.x)} ${num(underline)} m\n${num(x + segment.x + segment.width)} ${num(underline)} l\n0.5 w\n${colorOp(fill, true)}\nS`;
      }
    }
    const text = textOperators(this.doc, glyphs);
    return underlines ? `${text}\nq${underlines}\nQ` : text;
  }

  private isLive(href: string): boolean {
    return href.startsWith('#') ? this.links.anchors.has(href.slice(1)) || href.startsWith('#fotnot-') : isSafeHref(href);
  }

  private linkSegment(segment: Segment, style: TextStyle, x: number, y: number, owner: StructNode): void {
    if (!segment.link || !this.isLive(segment.link)) return;
    const options = { structParent: owner.type === 'Link' ? owner.elementIn(this.doc) : undefined, Contents: new String(segment.text) } as Record<string, unknown>;
    if (segment.link.startsWith('#')) this.doc.goTo(x + segment.x, y, segment.width, style.leading, segment.link.slice(1), options);
    else this.doc.link(x + segment.x, y, segment.width, style.leading, asciiUri(segment.link), options);
  }
}

export { StructNode };
