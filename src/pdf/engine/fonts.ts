/**
 * The embedded font: Adobe Source Sans 3 (the site uses the WOFF2 of the same family).
 * Each face is read and parsed once per process as a fontkit Font and handed to every
 * document; pdfkit 0.20 accepts a parsed Font, which avoids re-reading the file per call.
 * Text widths are measured here with a process-wide cache, so layout is cheap.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import * as fontkit from 'fontkit';
import { glyphsKeepTheirCodePoints } from './glyph-code-points';
import { FONT_FILES, fontDir, type FontStyle } from '../../typeface/source-sans';
import { asFontkitFont, asFontSource, asLoadedFont, documentInternals, type EmbeddedFontInternals, type LoadedFont, type TTFSubsetInternals } from './pdfkit-internals';
import { Shaper, type FontkitGlyph, type ShapedText } from './shaping';

export type { LoadedFont } from './pdfkit-internals';

export type { FontStyle };

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

let loaded: Record<FontStyle, LoadedFont> | undefined;

export function fonts(): Record<FontStyle, LoadedFont> {
  if (!loaded) {
    const dir = fontDir();
    const open = (style: FontStyle) => {
      const font = fontkit.create(readFileSync(path.join(dir, FONT_FILES[style])));
      // The font is shared by every document of the process: its glyphs must not keep the
      // code points of whichever text asked for them first (see glyph-code-points.ts).
      glyphsKeepTheirCodePoints(font as Parameters<typeof glyphsKeepTheirCodePoints>[0]);
      return asLoadedFont(font);
    };
    loaded = { regular: open('regular'), italic: open('italic'), bold: open('bold'), boldItalic: open('boldItalic') };
  }
  return loaded;
}

/**
 * Shapers per face and feature set, shared by every document of the process: shaping
 * (see shaping.ts) does not depend on the document; glyphs enter a document's subset
 * only when text is drawn.
 */
const shapers = new Map<string, Shaper>();

/** The shaper of a face with optional OpenType features (e.g. tnum). */
export function shaper(style: FontStyle, features?: readonly string[]): Shaper {
  const key = features?.length ? `${style}\u0000${features.join(',')}` : style;
  let found = shapers.get(key);
  if (!found) shapers.set(key, (found = new Shaper(asFontkitFont(fonts()[style]), features)));
  return found;
}

/** The parts of pdfkit's EmbeddedFont used outside this module. */
export type EmbeddedFontLike = Pick<EmbeddedFontInternals, 'id' | 'ascender' | 'widths' | 'unicode' | 'ref'> & { subset: { includeGlyph(id: number): number } };

const documentFonts = new WeakMap<PDFKit.PDFDocument, Record<FontStyle, EmbeddedFontLike>>();

/** The document's embedded (pdfkit) font of each face; see registerFonts. */
export function embeddedFonts(doc: PDFKit.PDFDocument): Record<FontStyle, EmbeddedFontLike> {
  const found = documentFonts.get(doc);
  if (!found) throw new Error('registerFonts() has not been called for this document');
  return found;
}

/** Registers the four faces with a document: the parsed fonts are shared, never re-read. */
export function registerFonts(doc: PDFKit.PDFDocument): void {
  const all = fonts();
  const faces = {} as Record<FontStyle, EmbeddedFontLike>;
  for (const style of Object.keys(FONT_FILES) as FontStyle[]) {
    doc.registerFont(FONT_NAME[style], asFontSource(all[style]));
    doc.font(FONT_NAME[style]);
    const embedded: EmbeddedFontInternals = documentInternals(doc)._font;
    faces[style] = embedded;
    useGlyphRecords(embedded.subset);
    // pdfkit's own text() (used for a few labels) shapes through the shared shapers too.
    embedded.layoutRun = (text: string, features?: unknown) => {
      const s = shaper(style, features as string[] | undefined);
      return pdfkitRun(s.shape(text), s.scale);
    };
  }
  documentFonts.set(doc, faces);
  doc.font(FONT_NAME.regular);
}

/** A shaped string in the form of pdfkit's `layoutRun` result (positions scaled). */
function pdfkitRun(shaped: ShapedText, scale: number): { glyphs: FontkitGlyph[]; positions: object[]; advanceWidth: number } {
  const { glyphs, advances, offsets, yAdvances } = shaped;
  const positions: object[] = new Array(glyphs.length);
  let advanceWidth = 0;
  for (let i = 0; i < glyphs.length; i++) {
    positions[i] = {
      xAdvance: advances[i]!,
      yAdvance: yAdvances ? yAdvances[i]! : 0,
      xOffset: offsets ? offsets.x[i]! : 0,
      yOffset: offsets ? offsets.y[i]! : 0,
      advanceWidth: glyphs[i]!.advanceWidth * scale,
    };
    advanceWidth += advances[i]!;
  }
  return { glyphs, positions, advanceWidth };
}

interface GlyphRecord { data: Uint8Array; components?: Array<{ glyphID: number; pos: number }>; advance: number; bearing: number }
const glyphRecords = new WeakMap<object, Map<number, GlyphRecord>>();

/**
 * Embedding a subset decodes every glyph's outline only to learn whether it is
 * composite. The glyph's bytes, components and metrics do not depend on the document,
 * so they are read once per face and process; `_addGlyph` then does what fontkit's
 * does (same bytes, same order), without decoding again.
 */
function useGlyphRecords(subset: TTFSubsetInternals): void {
  const font = subset.font;
  if (font._variationProcessor) return;
  let records = glyphRecords.get(font);
  if (!records) glyphRecords.set(font, (records = new Map()));
  const known = records;
  useEncodedSubsets(subset);
  subset._addGlyph = function addGlyph(this: TTFSubsetInternals, gid: number): number {
    let record = known.get(gid);
    if (!record) {
      const glyph = font.getGlyph(gid);
      const glyf = glyph._decode();
      const stream = font._getTableStream('glyf');
      stream.pos += font.loca.offsets[gid]!;
      const data = stream.readBuffer(font.loca.offsets[gid + 1]! - font.loca.offsets[gid]!);
      record = {
        data,
        components: glyf && glyf.numberOfContours < 0 ? (glyf.components ?? []).map((c) => ({ glyphID: c.glyphID, pos: c.pos })) : undefined,
        advance: glyph.advanceWidth,
        bearing: glyph._getMetrics().leftBearing,
      };
      known.set(gid, record);
    }
    let buffer = record.data;
    if (record.components) {
      buffer = new Uint8Array(record.data);
      const view = new DataView(buffer.buffer);
      for (const component of record.components) view.setUint16(component.pos, this.includeGlyph(component.glyphID));
    }
    this.glyf.push(buffer);
    this.loca.offsets.push(this.offset);
    this.hmtx.metrics.push({ advance: record.advance, bearing: record.bearing });
    this.offset += buffer.length;
    return this.glyf.length - 1;
  };
}

interface EncodedSubset { bytes: Uint8Array; glyphs: number[] }
const encodedSubsets = new WeakMap<object, Map<string, EncodedSubset>>();
/** Encoded subsets kept per face: 256 of ≈ 14 kB. */
const ENCODED_SUBSETS = 256;

/**
 * The encoded font file of a subset depends only on the face and the glyphs in their
 * order of first use, and documents of the same kind often use the same glyphs in the
 * same order (about six in ten subsets of the bench corpus repeat). fontkit's encode
 * (building the tables with restructure) then runs once per distinct subset and process.
 * Encoding adds the components of composite glyphs to the subset; a cached subset adds
 * the same glyphs in the same order, so the document's font is exactly as before.
 */
function useEncodedSubsets(subset: TTFSubsetInternals): void {
  let cache = encodedSubsets.get(subset.font);
  if (!cache) encodedSubsets.set(subset.font, (cache = new Map()));
  const known = cache;
  const encode = subset.encode;
  subset.encode = function encodeOnce(this: TTFSubsetInternals): Uint8Array {
    const key = this.glyphs.join(',');
    const found = known.get(key);
    if (found) {
      for (let i = this.glyphs.length; i < found.glyphs.length; i++) this.includeGlyph(found.glyphs[i]!);
      return found.bytes;
    }
    const bytes = encode.call(this);
    if (known.size >= ENCODED_SUBSETS) known.delete(known.keys().next().value!);
    known.set(key, { bytes, glyphs: this.glyphs.slice() });
    return bytes;
  };
}

/** Advance width of `text` at 1 pt, with optional OpenType features (e.g. tnum). */
export function unitWidth(style: FontStyle, text: string, features?: string[]): number {
  const s = shaper(style, features);
  return s.shape(text).width / s.unitsPerEm;
}

/**
 * Empties every text-dependent cache (widths, shaped runs, hyphenation points), so the
 * next render sees its text for the first time; for benchmarks (cold-text timings).
 */
export function clearTextCaches(): void {
  for (const s of shapers.values()) s.clear();
  for (const hook of clearHooks) hook();
}

const clearHooks: Array<() => void> = [];
/** Lets other modules' text caches take part in clearTextCaches(). */
export function onClearTextCaches(hook: () => void): void {
  clearHooks.push(hook);
}

export function textWidth(style: FontStyle, text: string, size: number, features?: string[]): number {
  return unitWidth(style, text, features) * size;
}
