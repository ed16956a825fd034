/**
 * A figure of the presentation model: a PNG or JPEG image or an SVG drawing (as vector
 * graphics, see svg-figure.ts) scaled to the text width, the annual wheel, or, for a
 * missing picture, the reason in italics; then the caption ("Figur N." and the source).
 * The image is the file `npm run check` resolved and judged (the part's published
 * image); a file changed since then is an error that names it.
 */
import { documentInternals } from '../../engine/pdfkit-internals';
import path from 'node:path';
import type { FigurePart, Inline } from '../../../derive/presentation';
import type { PublishedImage } from '../../../shared/published-image';
import { displayPath } from '../../../load/display-path';
import { ImageChangedError, readPublishedImage } from '../../../load/read-published-image';
import { MAX_IMAGE_PIXELS, MAX_IMAGE_SIDE } from '../../../validate/raster-limits';
import { PdfInputError } from '../../engine/errors';
import type { PageFlow } from '../../engine/flow';
import { type FlowItem, parseText, type RenderContext, rowsItem } from '../items';
import { inlineRuns, paragraphRows } from '../../engine/prose';
import { drawSvg, openSvg, type SvgImage } from '../svg-figure';
import { marked } from '../../engine/tagging';
import type { Run } from '../../engine/text-layout';
import { BODY, CONTENT_WIDTH, SMALL } from '../../engine/theme';
import { drawWheel, wheelHeight } from './wheel-drawing';

const MAX_FIGURE_HEIGHT = 480;

interface OpenedImage { width: number; height: number }
export type Picture = { kind: 'raster'; image: OpenedImage } | { kind: 'svg'; image: SvgImage };

/**
 * Opens the file the check resolved (never the author's path), as the check judged it:
 * by its sniffed type, and only while its bytes are the ones the check hashed.
 */
export function openPicture(doc: PDFKit.PDFDocument, image: PublishedImage, contentRoot: string): Picture {
  const shown = displayPath(path.join(contentRoot, image.file));
  let data: Buffer;
  try {
    data = readPublishedImage(contentRoot, image);
  } catch (error) {
    if (error instanceof ImageChangedError) throw new PdfInputError(error.file, error.reason);
    throw error;
  }
  if (image.format === 'svg') return { kind: 'svg', image: openSvg(data, shown) };
  let opened: OpenedImage;
  try {
    opened = documentInternals(doc).openImage(data);
  } catch {
    throw new PdfInputError(shown, 'bildfilen är trasig eller inte en PNG-, JPEG- eller SVG-bild.');
  }
  // The check refused larger images; a last guard before pdfkit decodes the pixels.
  if (!(opened.width > 0 && opened.height > 0) || opened.width > MAX_IMAGE_SIDE || opened.height > MAX_IMAGE_SIDE || opened.width * opened.height > MAX_IMAGE_PIXELS) {
    throw new PdfInputError(shown, `bilden är ${opened.width}×${opened.height} bildpunkter; högst 10 000 per sida och 40 miljoner bildpunkter.`);
  }
  return { kind: 'raster', image: opened };
}

function inlineText(ctx: RenderContext, line: Inline): Run[] {
  if (!line.markdown) return [{ text: line.text, style: 'regular' }];
  const first = parseText(ctx, line.text).children[0];
  return first && first.type === 'paragraph' ? inlineRuns(first.children, undefined, ctx.parent) : [];
}

/**
 * "Figur 1." in bold, the caption, then "Källa:" and the source, a link when it has an
 * address. Paper cannot follow a link, so an address that the source's name does not
 * spell out is printed after the name. A reconstructed figure says so last.
 */
function captionRuns(ctx: RenderContext, part: FigurePart): Run[] {
  const runs: Run[] = [];
  if (part.label) runs.push({ text: part.caption ? `${part.label}. ` : part.label, style: 'bold' });
  if (part.caption) runs.push(...inlineText(ctx, part.caption));
  if (part.source) {
    const { url } = part.source;
    runs.push({ text: ` ${part.source.label} `, style: 'regular' });
    runs.push({ text: part.source.text, style: 'regular', link: url });
    if (url && part.source.text.trim() !== url) {
      runs.push({ text: ' (', style: 'regular' }, { text: url, style: 'regular', link: url }, { text: ')', style: 'regular' });
    }
  }
  if (part.reconstructed) runs.push({ text: ` ${part.reconstructed.label}: `, style: 'bold' }, { text: part.reconstructed.text, style: 'italic' });
  return runs;
}

export function figurePartItems(part: FigurePart, ctx: RenderContext): FlowItem[] {
  const parent = ctx.parent;
  const { content } = part;
  const caption = captionRuns(ctx, part);
  const captionNode = parent.child('P');
  // Links in captions are owned by Link nodes under the caption paragraph.
  for (const run of caption) if (run.link) run.node = captionNode.child('Link');
  const captionRows = paragraphRows(caption, captionNode, { x: 0, width: CONTENT_WIDTH, style: SMALL });
  const captionHeight = captionRows.reduce((s, r) => s + r.height, 0);

  if (content.kind === 'missing') {
    if (content.unchecked) throw new PdfInputError(content.unchecked, 'bilden har inte kontrollerats (kör npm run check).');
    const note = parent.child('P');
    const noteRows = paragraphRows([{ text: content.reason, style: 'italic' }], note, { x: 0, width: CONTENT_WIDTH, style: BODY });
    return [rowsItem([{ height: 6, items: [], anchors: part.anchor ? [part.anchor] : undefined }, ...noteRows, ...captionRows, { height: 6, items: [] }])];
  }

  const figure = parent.child('Figure', { alt: part.alt });
  let height: number;
  let draw: (flow: PageFlow) => void;
  if (content.kind === 'wheel') {
    height = wheelHeight(content.drawing, CONTENT_WIDTH) + 10;
    draw = (flow) => drawWheel(flow, content.drawing, figure);
  } else {
    const published = content.image;
    const shown = displayPath(path.join(ctx.contentRoot, published.file));
    let opened: Picture | undefined;
    let size = { width: 0, height: 0 };
    const measure = (doc: PDFKit.PDFDocument) => {
      opened ??= openPicture(doc, published, ctx.contentRoot);
      const { width, height } = opened.image;
      // Raster and vector pictures alike: never wider than the column or taller than
      // MAX_FIGURE_HEIGHT, at most 1.5 times their own size, aspect ratio kept.
      const scale = Math.min(CONTENT_WIDTH / width, MAX_FIGURE_HEIGHT / height, 1.5);
      size = { width: width * scale, height: height * scale };
      return size;
    };
    height = MAX_FIGURE_HEIGHT; // refined at draw time
    draw = (flow) => {
      measure(flow.doc);
      flow.ensure(size.height + captionHeight + 6);
      const x = flow.left + (flow.width - size.width) / 2;
      const y = flow.y;
      const picture = opened!;
      marked(flow.doc, figure, () => {
        if (picture.kind === 'svg') drawSvg(flow.doc, picture.image, x, y, size.width, size.height, shown);
        else flow.doc.image(picture.image as never, x, y, { width: size.width, height: size.height });
      });
      flow.y = y + size.height;
    };
  }
  return [{
    startHeight: Math.min(height, 300) + captionHeight,
    draw: (flow) => {
      flow.space(6);
      flow.ensure(Math.min(height, flow.pageHeight - captionHeight - 12) + captionHeight);
      if (part.anchor) flow.placeAnchor(part.anchor);
      draw(flow);
      flow.space(4);
      flow.drawRows(captionRows);
      flow.space(6);
    },
  }];
}

