/**
 * The one module that knows the private structure of pdfkit and fontkit. planverk reaches
 * past their public APIs for speed (shared parsed fonts, pre-encoded subsets, native
 * writes, one content stream per line), for PDF/UA (marked-content sequences, RowSpan
 * attributes, page Tabs) and for PDF/A (the output intent, XMP): every such access is a
 * typed view declared here, and nowhere else is a pdfkit or fontkit object cast. Both
 * packages are pinned to exact versions in package.json (pdfkit 0.20.2, fontkit 2.0.4);
 * when either is upgraded, this file is what to check, and the PDF tests (PDFBox
 * Preflight, qpdf, pdfcpu, the text-layer test) say whether the views still hold.
 */
import type { FontkitFont } from './shaping';

/** A parsed fontkit font as planverk keeps it (the parts read outside shaping). */
export interface LoadedFont {
  unitsPerEm: number;
  layout(text: string, features?: string[]): { advanceWidth: number };
}

/** fontkit's TrueType subset, as far as its `_addGlyph` and `encode` use it. */
export interface TTFSubsetInternals {
  font: {
    getGlyph(gid: number): { advanceWidth: number; _decode(): { numberOfContours: number; components?: Array<{ glyphID: number; pos: number }> } | null; _getMetrics(): { leftBearing: number } };
    loca: { offsets: number[] };
    _getTableStream(tag: string): { pos: number; readBuffer(length: number): Uint8Array };
    _variationProcessor?: unknown;
  };
  glyphs: number[];
  glyf: Uint8Array[];
  loca: { offsets: number[] };
  hmtx: { metrics: Array<{ advance: number; bearing: number }> };
  offset: number;
  includeGlyph(gid: number): number;
  _addGlyph(gid: number): number;
  encode(): Uint8Array;
}

/** pdfkit's EmbeddedFont: the public parts planverk reads and the hooks it replaces. */
export interface EmbeddedFontInternals {
  id: string;
  ascender: number;
  subset: TTFSubsetInternals;
  widths: number[];
  unicode: number[][];
  ref(): unknown;
  layoutCache?: Record<string, unknown>;
  layoutRun(text: string, features?: unknown): unknown;
}

/** A PDF object reference as pdfkit's `ref()` returns it. */
export interface ReferenceInternals {
  data: Record<string, unknown>;
  /** Whether `finalize` deflates the stream (pdfkit's `compress` option, unless a Filter was given). */
  compress: boolean;
  /** The stream's chunks until `finalize` concatenates them. */
  buffer: Uint8Array[];
  write(data: unknown): unknown;
  end(): void;
  finalize(): void;
}

/** pdfkit's current page. */
export interface PageInternals {
  height: number;
  fonts: Record<string, unknown>;
  dictionary: { data: Record<string, unknown> };
  /** Open marked-content sequences (pdfkit's own bookkeeping). */
  markings: Array<{ structContent?: unknown }>;
  annotations: unknown[];
  write(data: string): void;
}

/** pdfkit's PDFDocument beyond its public types. */
export interface DocumentInternals {
  _root: ReferenceInternals;
  _font: EmbeddedFontInternals;
  _write(data: unknown): unknown;
  _addColorOutputIntent(): void;
  info: Record<string, unknown>;
  ref(data: Record<string, unknown>): ReferenceInternals;
  addContent(data: string): unknown;
  openImage(src: Buffer): { width: number; height: number };
  endMetadata(): void;
  outline: { options: Record<string, unknown> };

}

export const documentInternals = (doc: PDFKit.PDFDocument): DocumentInternals => doc as unknown as DocumentInternals;

export const pageInternals = (doc: PDFKit.PDFDocument): PageInternals => doc.page as unknown as PageInternals;

/** A structure element's dictionary (pdfkit has no API for attributes such as RowSpan). */
export const structElementData = (element: PDFKit.PDFStructureElement): Record<string, unknown> =>
  (element as unknown as { dictionary: { data: Record<string, unknown> } }).dictionary.data;

/** The parsed font as fontkit's full type, for the shaper. */
export const asFontkitFont = (font: LoadedFont): FontkitFont => font as unknown as FontkitFont;

/** pdfkit 0.20 accepts an already parsed fontkit font where its types say a file name. */
export const asFontSource = (font: LoadedFont): string => font as unknown as string;

/** fontkit's `create` result: its types are looser than what planverk reads. */
export const asLoadedFont = (font: unknown): LoadedFont => font as LoadedFont;
