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
import { embeddedFonts, type FontStyle } from './fonts';

interface Glyph { id: number; codePoints: number[]; advanceWidth: number }
interface Position { xAdvance: number; yAdvance: number; xOffset: number; yOffset: number; advanceWidth: number }
interface Run { glyphs: Glyph[]; positions: Position[] }

/** The parts of pdfkit's EmbeddedFont used here. */
export interface EmbeddedFontLike {
  id: string;
  ascender: number;
  subset: { includeGlyph(id: number): number };
  widths: number[];
  unicode: number[][];
  layoutCached(text: string): Run;
  layoutRun(text: string, features?: unknown): Run;
  ref(): unknown;
}

const runs: Record<FontStyle, Map<string, Run>> = { regular: new Map(), italic: new Map(), bold: new Map(), boldItalic: new Map() };
const RUN_CACHE_LIMIT = 50_000;

function shapedRun(font: EmbeddedFontLike, style: FontStyle, text: string, features: readonly string[] | undefined): Run {
  const key = features?.length ? `${features.join(',')}\u0000${text}` : text;
  const cache = runs[style];
  let run = cache.get(key);
  if (run) return run;
  if (features?.length) {
    run = font.layoutRun(text, features);
  } else {
    // Word by word, as pdfkit's EmbeddedFont.layout: each word keeps its following space.
    const glyphs: Glyph[] = [];
    const positions: Position[] = [];
    let last = 0;
    for (let index = 0; index <= text.length; index++) {
      const ch = text.charCodeAt(index);
      if ((index === text.length && last < index) || ch === 32 || ch === 9) {
        const word = font.layoutCached(text.slice(last, index + 1));
        for (const g of word.glyphs) glyphs.push(g);
        for (const p of word.positions) positions.push(p);
        last = index + 1;
      }
    }
    run = { glyphs, positions };
  }
  if (cache.size >= RUN_CACHE_LIMIT) cache.clear();
  cache.set(key, run);
  return run;
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
  const page = doc.page as unknown as { height: number; fonts: Record<string, unknown> };
  const out: string[] = [`q\n1 0 0 -1 0 ${num(page.height)} cm`];
  let color = '';
  for (const segment of segments) {
    const text = segment.text.replace(/\n/g, '');
    if (text.length === 0) continue;
    const font = fonts[segment.style];
    if (page.fonts[font.id] == null) page.fonts[font.id] = font.ref();
    if (segment.color !== color) { out.push(colorOp(segment.color)); color = segment.color; }
    const size = segment.size;
    let x = segment.x;
    const y = page.height - segment.top - (font.ascender / 1000) * size;
    out.push('BT', `1 0 0 1 ${num(x)} ${num(y)} Tm`, `/${font.id} ${num(size)} Tf`);
    const { glyphs, positions } = shapedRun(font, segment.style, text, segment.features);
    const encoded: string[] = new Array(glyphs.length);
    for (let i = 0; i < glyphs.length; i++) {
      const glyph = glyphs[i]!;
      const gid = font.subset.includeGlyph(glyph.id);
      encoded[i] = hex4(gid);
      if (font.widths[gid] == null) font.widths[gid] = glyph.advanceWidth * (1000 / unitsPerEm(font));
      if (font.unicode[gid] == null) font.unicode[gid] = glyph.codePoints;
    }
    // The TJ array exactly as pdfkit's _fragment builds it.
    const scale = size / 1000;
    const commands: string[] = [];
    let last = 0;
    let hadOffset = false;
    const addSegment = (cur: number) => {
      if (last < cur) {
        const pos = positions[cur - 1]!;
        commands.push(`<${encoded.slice(last, cur).join('')}> ${num(-(pos.xAdvance - pos.advanceWidth))}`);
      }
      last = cur;
    };
    const flush = (i: number) => {
      addSegment(i);
      if (commands.length > 0) { out.push(`[${commands.join(' ')}] TJ`); commands.length = 0; }
    };
    let i = 0;
    for (; i < positions.length; i++) {
      const pos = positions[i]!;
      if (pos.xOffset || pos.yOffset) {
        flush(i);
        out.push(`1 0 0 1 ${num(x + pos.xOffset * scale)} ${num(y + pos.yOffset * scale)} Tm`);
        flush(i + 1);
        hadOffset = true;
      } else {
        if (hadOffset) { out.push(`1 0 0 1 ${num(x)} ${num(y)} Tm`); hadOffset = false; }
        if (pos.xAdvance - pos.advanceWidth !== 0) addSegment(i + 1);
      }
      x += pos.xAdvance * scale;
    }
    flush(i);
    out.push('ET');
  }
  out.push('Q');
  return out.join('\n');
}

function unitsPerEm(font: EmbeddedFontLike): number {
  return (font as unknown as { font: { unitsPerEm: number } }).font.unitsPerEm;
}

/** Writes operators to the current page's content stream in one piece. */
export function writeOperators(doc: PDFKit.PDFDocument, operators: string): void {
  (doc as unknown as { addContent(data: string): void }).addContent(operators);
}
