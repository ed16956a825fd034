/**
 * The embedded font: Adobe Source Sans 3 (the site uses the WOFF2 of the same family).
 * Each face is read and parsed once per process as a fontkit Font and handed to every
 * document; pdfkit 0.20 accepts a parsed Font, which avoids re-reading the file per call.
 * Text widths are measured here with a process-wide cache, so layout is cheap.
 */
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import * as fontkit from 'fontkit';

export type FontStyle = 'regular' | 'italic' | 'bold' | 'boldItalic';

const FILES: Record<FontStyle, string> = {
  regular: 'SourceSans3-Regular.ttf',
  italic: 'SourceSans3-It.ttf',
  bold: 'SourceSans3-Semibold.ttf',
  boldItalic: 'SourceSans3-SemiboldIt.ttf',
};

/**
 * Names under which the faces are known inside a document: their PostScript names, so
 * pdfkit finds them in its per-document cache without comparing font tables.
 */
export const FONT_NAME: Record<FontStyle, string> = {
  regular: 'SourceSans3-Regular',
  italic: 'SourceSans3-It',
  bold: 'SourceSans3-Semibold',
  boldItalic: 'SourceSans3-SemiboldIt',
};

// fontkit's Font type is loose; we only need layout() and unitsPerEm.
export interface LoadedFont {
  unitsPerEm: number;
  layout(text: string, features?: string[]): { advanceWidth: number };
}

let loaded: Record<FontStyle, LoadedFont> | undefined;

function fontDir(): string {
  const require = createRequire(import.meta.url);
  return path.join(path.dirname(require.resolve('source-sans/package.json')), 'TTF');
}

export function fonts(): Record<FontStyle, LoadedFont> {
  if (!loaded) {
    const dir = fontDir();
    const open = (style: FontStyle) => fontkit.create(readFileSync(path.join(dir, FILES[style]))) as unknown as LoadedFont;
    loaded = { regular: open('regular'), italic: open('italic'), bold: open('bold'), boldItalic: open('boldItalic') };
  }
  return loaded;
}

interface EmbeddedFontInternals {
  layoutCache?: Record<string, unknown>;
  layoutRun(text: string, features?: unknown): unknown;
}

/**
 * Shaped text runs per face, shared by every document of the process. pdfkit keeps one
 * such cache per document (and none for runs with OpenType features); shaping with
 * fontkit is the most expensive step of rendering, and its result (glyphs and scaled
 * positions) does not depend on the document: glyphs enter a document's subset only
 * when the text is encoded.
 */
const sharedLayouts: Record<FontStyle, Record<string, unknown>> = {
  regular: Object.create(null), italic: Object.create(null), bold: Object.create(null), boldItalic: Object.create(null),
};
const SHARED_LAYOUT_LIMIT = 100_000;

/** Registers the four faces with a document: the parsed fonts are shared, never re-read. */
export function registerFonts(doc: PDFKit.PDFDocument): void {
  const all = fonts();
  for (const style of Object.keys(FILES) as FontStyle[]) {
    doc.registerFont(FONT_NAME[style], all[style] as unknown as string);
    doc.font(FONT_NAME[style]);
    const embedded = (doc as unknown as { _font: EmbeddedFontInternals })._font;
    const cache = sharedLayouts[style];
    if (Object.keys(cache).length > SHARED_LAYOUT_LIMIT) sharedLayouts[style] = Object.create(null);
    embedded.layoutCache = sharedLayouts[style];
    const layoutRun = embedded.layoutRun.bind(embedded);
    embedded.layoutRun = (text: string, features?: unknown) => {
      if (!features) return layoutRun(text);
      const key = `\u0000${String(features)}\u0000${text}`;
      const shared = sharedLayouts[style];
      return (shared[key] ??= layoutRun(text, features));
    };
  }
  doc.font(FONT_NAME.regular);
}

const widthCache = new Map<string, number>();
const WIDTH_CACHE_LIMIT = 200_000;

/** Advance width of `text` at 1 pt, with optional OpenType features (e.g. tnum). */
export function unitWidth(style: FontStyle, text: string, features?: string[]): number {
  const key = `${style}\u0000${features?.join(',') ?? ''}\u0000${text}`;
  let width = widthCache.get(key);
  if (width === undefined) {
    const font = fonts()[style];
    width = font.layout(text, features).advanceWidth / font.unitsPerEm;
    if (widthCache.size >= WIDTH_CACHE_LIMIT) widthCache.clear();
    widthCache.set(key, width);
  }
  return width;
}

export function textWidth(style: FontStyle, text: string, size: number, features?: string[]): number {
  return unitWidth(style, text, features) * size;
}
