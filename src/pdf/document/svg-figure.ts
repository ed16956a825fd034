/**
 * SVG figures as vector graphics. The file is measured and judged by measureSvg
 * (src/validate/svg-limits.ts, which `npm run check` uses too), cleaned with the site's
 * sanitizer (no scripts, event handlers, foreign HTML or references outside the file),
 * and drawn with svg-to-pdfkit scaled into the figure's
 * box, clipped to it. Text in the SVG is set in the document's embedded Source Sans 3
 * (never one of the 14 standard fonts, which PDF/A forbids because they are not
 * embedded); links inside the SVG are dropped (untagged annotations break PDF/UA);
 * raster images inside it are used only when embedded as PNG or JPEG data and small
 * enough. Anything the file does wrong is an error that names the file.
 */
import { documentInternals, pageInternals } from '../engine/pdfkit-internals';
import { walkSections, type DerivedPlan } from '../../derive/derive-plan';
import { measureSvg } from '../../validate/svg-limits';
import { PdfInputError } from '../engine/errors';
import { FONT_NAME, type FontStyle } from '../engine/fonts';

interface SvgSupport {
  sanitizeSvg(svg: string): string;
  SVGtoPDF(doc: PDFKit.PDFDocument, svg: string, x?: number, y?: number, options?: Record<string, unknown>): void;
}
let support: SvgSupport | undefined;

/**
 * Loads svgo (the site's sanitizer) and svg-to-pdfkit when the plan has an SVG figure (by
 * the type the check sniffed): svgo alone takes about a second to load, which plans
 * without SVG should not pay. Call before rendering; drawing is synchronous.
 */
export async function prepareSvgFigures(plan: DerivedPlan): Promise<void> {
  if (support) return;
  if (plan.front.logo?.format === 'svg') {
    const [{ sanitizeSvg }, { default: SVGtoPDF }] = await Promise.all([import('../../shared/sanitize-svg'), import('svg-to-pdfkit')]);
    support = { sanitizeSvg, SVGtoPDF };
    return;
  }
  for (const section of walkSections(plan.sections)) {
    for (const block of section.blocks) {
      if (block.type === 'figure' && block.published?.format === 'svg') {
        const [{ sanitizeSvg }, { default: SVGtoPDF }] = await Promise.all([import('../../shared/sanitize-svg'), import('svg-to-pdfkit')]);
        support = { sanitizeSvg, SVGtoPDF };
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

/** Content written for one SVG, in bytes (a last guard; the drawn elements are limited by measureSvg). */
const MAX_CONTENT_BYTES = 40 * 1024 * 1024;
const MAX_EMBEDDED_PIXELS = 40_000_000;

/**
 * Cleans and measures an SVG file's contents; `shown` names the file in errors. Whether
 * it can be drawn is decided by measureSvg, the same function `npm run check` uses.
 */
export function openSvg(data: Buffer, shown: string): SvgImage {
  const measured = measureSvg(data);
  if (!measured.ok) throw new PdfInputError(shown, `${measured.reason} ${measured.fix}`);
  let svg: string;
  try {
    svg = svgSupport().sanitizeSvg(new TextDecoder('utf-8').decode(data));
  } catch (error) {
    throw new PdfInputError(shown, `SVG-bilden kan inte läsas (${error instanceof Error ? error.message.split('\n')[0] : String(error)}).`);
  }
  // Links inside the picture are not kept (see drawSvg): no annotation objects at all.
  svg = svg.replace(/<(?:[\w-]+:)?a\b[^>]*>/g, (tag) => tag.replace(/\s(?:xlink:)?href\s*=\s*"[^"]*"/g, ''));
  return { svg, width: measured.width, height: measured.height, aspect: measured.aspect };
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
    const image = documentInternals(doc).openImage(data);
    if (!(image.width > 0 && image.height > 0) || image.width * image.height > MAX_EMBEDDED_PIXELS) return Buffer.alloc(0);
  } catch {
    return Buffer.alloc(0);
  }
  return data;
}

/**
 * Draws `image` scaled into the box (x, y, width, height), clipped to it. The caller
 * wraps this in the figure's marked content: everything it writes belongs to it.
 */
export function drawSvg(doc: PDFKit.PDFDocument, image: SvgImage, x: number, y: number, width: number, height: number, shown: string): void {
  const page = pageInternals(doc);
  const annotations = page.annotations.length;
  const docWithContent = documentInternals(doc);
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
