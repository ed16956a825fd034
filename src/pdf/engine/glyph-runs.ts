/**
 * Fast text drawing: laid-out segments become content-stream operators written in one
 * piece, instead of one pdfkit `text()` call per segment (which re-measures, re-splits
 * and writes every operator as its own buffer).
 *
 * Shaping is the same as pdfkit's: text without OpenType features is shaped word by
 * word (split after spaces and tabs, as `EmbeddedFont.layout` does), text with features
 * as one run, both through the fonts' shared layout caches (see fonts.ts). The shaped
 * glyph run of a whole segment is cached per face for the process; per document only
 * the glyphs are added to that document's font subset. The operators match what
 * pdfkit's `_fragment` writes (same positions, same TJ adjustments), so pages look
 * exactly as before.
 */
import { documentInternals, pageInternals } from './pdfkit-internals';
import { embeddedFonts, shaper, type EmbeddedFontLike, type FontStyle } from './fonts';
import type { FontkitGlyph, ShapedText } from './shaping';

/**
 * The shaped pieces of a segment's text: with features the whole text as one run (as
 * pdfkit's `layoutRun`), without them word by word, each word keeping its following
 * space (as pdfkit's `EmbeddedFont.layout`).
 */
function shapedPieces(style: FontStyle, text: string, features: readonly string[] | undefined): ShapedText[] {
  if (features?.length) return [shaper(style, features).shape(text)];
  const words = shaper(style);
  const pieces: ShapedText[] = [];
  let last = 0;
  for (let index = 0; index <= text.length; index++) {
    const ch = text.charCodeAt(index);
    if ((index === text.length && last < index) || ch === 32 || ch === 9) {
      pieces.push(words.shape(text.slice(last, index + 1)));
      last = index + 1;
    }
  }
  return pieces;
}

const HEX: string[] = [];
function hex4(n: number): string {
  return (HEX[n] ??= n.toString(16).padStart(4, '0'));
}

/** pdfkit's number formatting for content streams. */
export function num(n: number): string {
  return String(Math.round(n * 1e6) / 1e6);
}

const colorOps = new Map<string, string>();
/** `#rrggbb` as a DeviceRGB fill (or stroke) colour operator. */
export function colorOp(hex: string, stroke = false): string {
  const key = stroke ? `S${hex}` : hex;
  let op = colorOps.get(key);
  if (!op) {
    const v = hex.replace('#', '');
    const full = v.length === 3 ? v.replace(/./g, (c) => c + c) : v;
    const rgb = [0, 2, 4].map((i) => parseInt(full.slice(i, i + 2), 16) / 255);
    op = `${rgb.map(num).join(' ')} ${stroke ? 'RG' : 'rg'}`;
    colorOps.set(key, op);
  }
  return op;
}

export interface GlyphSegment {
  style: FontStyle;
  size: number;
  /** Left edge and top of the text box, in pdfkit's top-down page coordinates. */
  x: number;
  top: number;
  text: string;
  color: string;
  features?: readonly string[];
}

/**
 * Operators drawing `segments` (on the document's current page), as one `q … Q` block:
 * the text objects in native PDF coordinates, fonts registered on the page.
 */
export function textOperators(doc: PDFKit.PDFDocument, segments: readonly GlyphSegment[]): string {
  const fonts = embeddedFonts(doc);
  const page = pageInternals(doc);
  const out: string[] = [`q\n1 0 0 -1 0 ${num(page.height)} cm`];
  let color = '';
  for (const segment of segments) {
    const text = segment.text.replace(/\n/g, '');
    if (text.length === 0) continue;
    const font = fonts[segment.style];
    const known = documentPieces(font);
    if (page.fonts[font.id] == null) page.fonts[font.id] = font.ref();
    if (segment.color !== color) { out.push(colorOp(segment.color)); color = segment.color; }
    const size = segment.size;
    let x = segment.x;
    const y = page.height - segment.top - (font.ascender / 1000) * size;
    out.push('BT', `1 0 0 1 ${num(x)} ${num(y)} Tm`, `/${font.id} ${num(size)} Tf`);
    const pieces = shapedPieces(segment.style, text, segment.features);
    const scale1000 = shaper(segment.style, segment.features).scale;
    // The TJ array exactly as pdfkit's _fragment builds it: glyph codes in runs, each run
    // followed by the adjustment of its last glyph; a run ends where a glyph is kerned.
    const scale = size / 1000;
    const commands: string[] = [];
    let codes = '';
    let lastAdjust = 0;
    let hadOffset = false;
    const addSegment = () => {
      if (codes) { commands.push(`<${codes}> ${num(-lastAdjust)}`); codes = ''; }
    };
    const flush = () => {
      addSegment();
      if (commands.length > 0) { out.push(`[${commands.join(' ')}] TJ`); commands.length = 0; }
    };
    for (const piece of pieces) {
      const { glyphs, advances, adjust, offsets } = piece;
      if (!offsets) {
        // The common case: the piece's runs, made once per document and face.
        if (glyphs.length === 0) continue;
        let runs = known.get(piece);
        if (!runs) known.set(piece, (runs = pieceRuns(font, piece, scale1000)));
        if (hadOffset) { out.push(`1 0 0 1 ${num(x)} ${num(y)} Tm`); hadOffset = false; }
        const last = runs.codes.length - 1;
        for (let r = 0; r <= last; r++) {
          codes += runs.codes[r]!;
          if (r < runs.adjusts.length) { commands.push(`<${codes}> ${runs.adjusts[r]!}`); codes = ''; }
        }
        lastAdjust = 0;
        for (let j = 0; j < advances.length; j++) x += advances[j]! * scale;
        continue;
      }
      for (let j = 0; j < glyphs.length; j++) {
        const glyph: FontkitGlyph = glyphs[j]!;
        const gid = font.subset.includeGlyph(glyph.id);
        if (font.widths[gid] == null) font.widths[gid] = glyph.advanceWidth * scale1000;
        if (font.unicode[gid] == null) font.unicode[gid] = glyph.codePoints;
        const dx = offsets ? offsets.x[j]! : 0;
        const dy = offsets ? offsets.y[j]! : 0;
        if (dx || dy) {
          flush();
          out.push(`1 0 0 1 ${num(x + dx * scale)} ${num(y + dy * scale)} Tm`);
          codes = hex4(gid);
          lastAdjust = adjust[j]!;
          flush();
          hadOffset = true;
        } else {
          if (hadOffset) { out.push(`1 0 0 1 ${num(x)} ${num(y)} Tm`); hadOffset = false; }
          codes += hex4(gid);
          lastAdjust = adjust[j]!;
          if (lastAdjust !== 0) addSegment();
        }
        x += advances[j]! * scale;
      }
    }
    flush();
    out.push('ET');
  }
  out.push('Q');
  return out.join('\n');
}

/**
 * A shaped piece without glyph offsets as TJ material in one document's font: runs of
 * glyph codes (4 hex digits per glyph, in the document's subset), each run but perhaps
 * the last ended by the kerning adjustment of its last glyph, exactly as the glyph-by-glyph
 * loop in textOperators cuts them (an open run ends with adjustment 0).
 */
interface PieceRuns { codes: string[]; adjusts: string[] }

const piecesByFont = new WeakMap<EmbeddedFontLike, Map<ShapedText, PieceRuns>>();

/** The runs of pieces already drawn with `font` (one document's face). */
function documentPieces(font: EmbeddedFontLike): Map<ShapedText, PieceRuns> {
  let found = piecesByFont.get(font);
  if (!found) piecesByFont.set(font, (found = new Map()));
  return found;
}

/** Adds the piece's glyphs to the font's subset (in order, as the loop would) and cuts its runs. */
function pieceRuns(font: EmbeddedFontLike, piece: ShapedText, scale1000: number): PieceRuns {
  const codes: string[] = [];
  const adjusts: string[] = [];
  let run = '';
  const { glyphs, adjust } = piece;
  for (let j = 0; j < glyphs.length; j++) {
    const glyph = glyphs[j]!;
    const gid = font.subset.includeGlyph(glyph.id);
    if (font.widths[gid] == null) font.widths[gid] = glyph.advanceWidth * scale1000;
    if (font.unicode[gid] == null) font.unicode[gid] = glyph.codePoints;
    run += hex4(gid);
    if (adjust[j] !== 0) { codes.push(run); adjusts.push(num(-adjust[j]!)); run = ''; }
  }
  if (run) codes.push(run);
  return { codes, adjusts };
}

/** Writes operators to the current page's content stream in one piece. */
export function writeOperators(doc: PDFKit.PDFDocument, operators: string): void {
  documentInternals(doc).addContent(operators);
}
