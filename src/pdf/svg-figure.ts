/**
 * SVG figures as vector graphics. The file is cleaned with the site's sanitizer (no
 * scripts, event handlers, foreign HTML or references outside the file), measured from
 * its width, height and viewBox, and drawn with svg-to-pdfkit scaled into the figure's
 * box, clipped to it. Text in the SVG is set in the document's embedded Source Sans 3
 * (never one of the 14 standard fonts, which PDF/A forbids because they are not
 * embedded); links inside the SVG are dropped (untagged annotations break PDF/UA);
 * raster images inside it are used only when embedded as PNG or JPEG data and small
 * enough. Anything the file does wrong is an error that names the file.
 */
import { open } from 'node:fs/promises';
import path from 'node:path';
import { walkSections, type DerivedPlan } from '../derive/derive-plan';
import { formatAmount, formatNumber } from '../derive/format-sv';
import { PdfInputError } from './errors';
import { FONT_NAME, type FontStyle } from './fonts';

interface SvgSupport {
  sanitizeSvg(svg: string): string;
  optimize: typeof import('svgo').optimize;
  SVGtoPDF(doc: PDFKit.PDFDocument, svg: string, x?: number, y?: number, options?: Record<string, unknown>): void;
}
let support: SvgSupport | undefined;

/** The first bytes of a file look like an SVG document (or its name ends in .svg). */
export function looksLikeSvg(file: string, head: Uint8Array): boolean {
  if (/\.svg$/i.test(file)) return true;
  const text = Buffer.from(head.subarray(0, 512)).toString('utf8').replace(/^\uFEFF/, '').trimStart();
  return text.startsWith('<svg') || text.startsWith('<?xml');
}

/**
 * Loads svgo (the site's sanitizer) and svg-to-pdfkit when the plan has an SVG figure:
 * svgo alone takes about a second to load, which plans without SVG should not pay.
 * Call before rendering; drawing is synchronous.
 */
export async function prepareSvgFigures(plan: DerivedPlan, planDir: string): Promise<void> {
  if (support) return;
  for (const section of walkSections(plan.sections)) {
    for (const block of section.blocks) {
      if (block.type !== 'figure' || !block.image || block.missing) continue;
      const file = path.resolve(planDir, block.image);
      let head: Uint8Array = new Uint8Array(0);
      try {
        const handle = await open(file);
        try { head = (await handle.read(new Uint8Array(512), 0, 512, 0)).buffer; } finally { await handle.close(); }
      } catch {
        // Unreadable: the figure reports it with the file's name.
      }
      if (looksLikeSvg(file, head)) {
        const [{ sanitizeSvg }, { optimize }, { default: SVGtoPDF }] = await Promise.all([import('../site/sanitize-svg'), import('svgo'), import('svg-to-pdfkit')]);
        support = { sanitizeSvg, optimize, SVGtoPDF };
        return;
      }
    }
  }
}

function svgSupport(): SvgSupport {
  if (!support) throw new Error('prepareSvgFigures() was not awaited before rendering an SVG figure');
  return support;
}

/** A sanitized SVG with its intrinsic size in points. */
export interface SvgImage {
  svg: string;
  width: number;
  height: number;
  /** The root element's preserveAspectRatio, if any. */
  aspect?: string;
}

/** Largest side accepted, in points (about 35 m); beyond it coordinates lose precision. */
const MAX_SIDE = 100_000;
/** Content written for one SVG, in bytes (a last guard; see MAX_DRAWN_ELEMENTS). */
const MAX_CONTENT_BYTES = 40 * 1024 * 1024;
/**
 * Elements drawn for one SVG once references are followed (`<use>`, patterns, markers,
 * masks, clip paths). svg-to-pdfkit keeps an object per drawn element, so nested
 * `<use>` chains (ten uses of ten uses of …) would exhaust memory long before they
 * wrote much; they are refused before drawing.
 */
const MAX_DRAWN_ELEMENTS = 20_000;

function tooComplex(shown: string, drawn: number): PdfInputError {
  const count = drawn > 1e9 ? 'mer än en miljard' : formatAmount(drawn);
  return new PdfInputError(shown, `SVG-bilden är för komplex: ${count} element ritas (när <use> och andra hänvisningar följs); högst ${formatAmount(MAX_DRAWN_ELEMENTS)}.`);
}
const MAX_EMBEDDED_PIXELS = 40_000_000;
const PX = 0.75;

const UNIT_PT: Record<string, number> = { '': PX, px: PX, pt: 1, pc: 12, in: 72, cm: 72 / 2.54, mm: 72 / 25.4 };

/** A length attribute in points; undefined when absent, relative (%, em) or not a number. */
function length(value: string | undefined): number | undefined {
  const match = value?.trim().match(/^([+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?)\s*(px|pt|pc|in|cm|mm)?$/i);
  if (!match) return undefined;
  return Number(match[1]) * UNIT_PT[(match[2] ?? '').toLowerCase()]!;
}

function rootAttributes(svg: string): Record<string, string> {
  const tag = svg.match(/<(?![?!])[^>]*>/)?.[0];
  const attributes: Record<string, string> = {};
  if (!tag) return attributes;
  for (const [, name, value] of tag.matchAll(/([\w:.-]+)\s*=\s*"([^"]*)"/g)) attributes[name!] = value!;
  return attributes;
}

/** Cleans and measures an SVG file's contents; `shown` names the file in errors. */
export function openSvg(data: Buffer, shown: string): SvgImage {
  const { sanitizeSvg, optimize } = svgSupport();
  let svg: string;
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(data);
    // Counted before svgo, which takes seconds for a file with a hundred thousand elements.
    const elements = text.match(/<[A-Za-z]/g)?.length ?? 0;
    if (elements > MAX_DRAWN_ELEMENTS) throw tooComplex(shown, elements);
    svg = sanitizeSvg(text);
  } catch (error) {
    if (error instanceof PdfInputError) throw error;
    throw new PdfInputError(shown, 'SVG-bilden är trasig (inte giltig XML i UTF-8) och kan inte visas.');
  }
  const attributes = rootAttributes(svg);
  const root = svg.match(/<(?![?!])([\w:.-]+)/)?.[1];
  if (root?.split(':').pop() !== 'svg') {
    throw new PdfInputError(shown, 'filen är ingen SVG-bild (rotelementet är inte <svg>).');
  }
  const box = attributes.viewBox?.trim().split(/[\s,]+/).map(Number);
  const viewBox = box && box.length === 4 && box.every(Number.isFinite) ? box : undefined;
  let width = length(attributes.width);
  let height = length(attributes.height);
  const ratio = viewBox && viewBox[2]! > 0 && viewBox[3]! > 0 ? viewBox[2]! / viewBox[3]! : undefined;
  if (width === undefined && height === undefined && viewBox) { width = viewBox[2]! * PX; height = viewBox[3]! * PX; }
  else if (width === undefined && height !== undefined && ratio) width = height * ratio;
  else if (height === undefined && width !== undefined && ratio) height = width / ratio;
  if (width === undefined || height === undefined) {
    throw new PdfInputError(shown, 'SVG-bilden saknar storlek: ange width och height (i px, pt, mm, cm eller in) eller viewBox.');
  }
  if (!(width > 0 && height > 0) || (viewBox && !(viewBox[2]! > 0 && viewBox[3]! > 0))) {
    throw new PdfInputError(shown, `SVG-bilden har ingen yta (${format(width)}×${format(height)} punkter); bredd och höjd måste vara större än 0.`);
  }
  const largest = Math.max(width, height, ...(viewBox ? viewBox.map(Math.abs) : []));
  if (largest > MAX_SIDE) {
    throw new PdfInputError(shown, `SVG-bilden är ${format(width)}×${format(height)} punkter; högst ${formatAmount(MAX_SIDE)} punkter per sida (även i viewBox).`);
  }
  if (/href="#|url\(/.test(svg)) {
    let drawn = 0;
    optimize(svg, { plugins: [{ name: 'planverkMeasure', fn: () => ({ root: { enter: (root) => { drawn = drawnElements(root as unknown as XastNode); } } }) }] });
    if (drawn > MAX_DRAWN_ELEMENTS) throw tooComplex(shown, drawn);
  }
  // Links inside the picture are not kept (see drawSvg): no annotation objects at all.
  svg = svg.replace(/<(?:[\w-]+:)?a\b[^>]*>/g, (tag) => tag.replace(/\s(?:xlink:)?href\s*=\s*"[^"]*"/g, ''));
  return { svg, width, height, aspect: attributes.preserveAspectRatio };
}

type XastNode = { type: string; name?: string; attributes?: Record<string, string>; children?: XastNode[] };

const REFERENCE = /url\(\s*['"]?#([^'")\s]+)/;

/** How many elements drawing `root` visits when every reference is followed. */
function drawnElements(root: XastNode): number {
  const byId = new Map<string, XastNode>();
  const index = (node: XastNode) => {
    const id = node.attributes?.id;
    if (id !== undefined && !byId.has(id)) byId.set(id, node);
    for (const child of node.children ?? []) index(child);
  };
  index(root);
  const memo = new Map<XastNode, number>();
  const active = new Set<XastNode>();
  const count = (node: XastNode): number => {
    const known = memo.get(node);
    if (known !== undefined) return known;
    if (active.has(node)) return 0; // a reference loop: svg-to-pdfkit stops there too
    active.add(node);
    let total = node.type === 'element' ? 1 : 0;
    for (const child of node.children ?? []) total = Math.min(Number.MAX_SAFE_INTEGER, total + count(child));
    for (const [name, value] of Object.entries(node.attributes ?? {})) {
      const local = name.split(':').pop()!;
      const id = local === 'href' ? value.match(/^#(.+)$/)?.[1] : value.match(REFERENCE)?.[1];
      const target = id === undefined ? undefined : byId.get(id);
      if (!target) continue;
      // A marker is drawn at every vertex of the shape that uses it.
      const times = local.startsWith('marker') ? Math.max(1, ((node.attributes?.d ?? node.attributes?.points ?? '').match(/[\d.]+/g)?.length ?? 2) / 2 + 1) : 1;
      total = Math.min(Number.MAX_SAFE_INTEGER, total + times * count(target));
    }
    active.delete(node);
    memo.set(node, total);
    return total;
  };
  return count(root);
}

function format(n: number): string {
  return Number.isFinite(n) ? formatNumber(n) : String(n);
}

function faceFor(bold: boolean, italic: boolean): FontStyle {
  return bold ? (italic ? 'boldItalic' : 'bold') : italic ? 'italic' : 'regular';
}

/** Only embedded PNG or JPEG data (the sanitizer already removed other references). */
function embeddedImage(doc: PDFKit.PDFDocument, link: string): Buffer {
  const match = link.replace(/\s+/g, '').match(/^data:image\/(png|jpe?g);base64,([A-Za-z0-9+/=]+)$/i);
  if (!match) return Buffer.alloc(0);
  const data = Buffer.from(match[2]!, 'base64');
  try {
    const image = (doc as unknown as { openImage(src: Buffer): { width: number; height: number } }).openImage(data);
    if (!(image.width > 0 && image.height > 0) || image.width * image.height > MAX_EMBEDDED_PIXELS) return Buffer.alloc(0);
  } catch {
    return Buffer.alloc(0);
  }
  return data;
}

interface PageInternals { annotations: unknown[] }

/**
 * Draws `image` scaled into the box (x, y, width, height), clipped to it. The caller
 * wraps this in the figure's marked content: everything it writes belongs to it.
 */
export function drawSvg(doc: PDFKit.PDFDocument, image: SvgImage, x: number, y: number, width: number, height: number, shown: string): void {
  const page = doc.page as unknown as PageInternals;
  const annotations = page.annotations.length;
  const docWithContent = doc as unknown as { addContent(data: string): unknown };
  const addContent = docWithContent.addContent;
  let written = 0;
  // Own property for the duration of the drawing; removed again in `finally`.
  docWithContent.addContent = function (this: unknown, data: string) {
    written += data.length;
    if (written > MAX_CONTENT_BYTES) throw new PdfInputError(shown, 'SVG-bilden är för komplex (mer än 40 MB ritinstruktioner).');
    return addContent.call(this, data);
  };
  doc.save();
  try {
    doc.rect(x, y, width, height).clip();
    svgSupport().SVGtoPDF(doc, image.svg, x, y, {
      width, height,
      preserveAspectRatio: image.aspect ?? 'xMidYMid meet',
      assumePt: false,
      fontCallback: (_family: string, bold: boolean, italic: boolean, options: { fauxBold: boolean; fauxItalic: boolean }) => {
        options.fauxBold = false;
        options.fauxItalic = false;
        return FONT_NAME[faceFor(bold, italic)];
      },
      imageCallback: (link: string) => embeddedImage(doc, link),
      warningCallback: () => { /* unsupported features are left out, as in a browser */ },
    });
  } catch (error) {
    if (error instanceof PdfInputError) throw error;
    throw new PdfInputError(shown, `SVG-bilden kan inte ritas (${error instanceof Error ? error.message : String(error)}).`);
  } finally {
    delete (docWithContent as { addContent?: unknown }).addContent;
  }
  doc.restore();
  // Links inside the SVG would be annotations outside the structure tree.
  page.annotations.length = annotations;
  doc.font(FONT_NAME.regular);
}
