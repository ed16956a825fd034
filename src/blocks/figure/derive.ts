/**
 * A figure: the image `npm run check` accepted, the annual wheel of the same section
 * (`generated: wheel`), or the reason the picture is missing; numbered "Figur N" in
 * document order, with its caption and source.
 */
import type { BlockDeriver, BlockView } from '../../derive/block-deriver';
import type { FigureContent } from '../../derive/presentation';
import { wheelGeometry } from '../../derive/wheel-geometry';
import type { PublishedImage } from '../../shared/published-image';
import { EDITORIAL, FIGURE } from '../../shared/words-sv';
import { sectionWheel, wheelDrawing, wheelYear } from '../wheel/derive';

export interface FigureView extends BlockView<'figure'> {
  anchor: string;
  /** The image as written, for plan.json. */
  image?: string;
  /** The published file, for plan.json, the image route and the PDF's SVG support. */
  published?: PublishedImage;
  /** Set when the figure has no picture: the reason as written. */
  missing?: string;
}

export const deriveFigure: BlockDeriver<'figure', FigureView> = (block, ctx) => {
  const label = FIGURE.label(ctx.nextFigureNumber());
  ctx.addReference(block.id, { anchor: block.id, label });
  ctx.recordLabel(block.id, label);
  const published = block.image && !block.missing ? ctx.images.get(block.image) : undefined;
  const wheel = block.generated === 'wheel' && !block.missing ? sectionWheel(ctx.section) : undefined;
  let content: FigureContent;
  if (wheel) content = { kind: 'wheel', drawing: wheelDrawing(wheel, wheelGeometry(wheel, wheelYear(wheel, ctx.plan))) };
  else if (published) content = { kind: 'image', image: published };
  else {
    // An image the check did not accept (a model derived without the check's images) is never drawn.
    const unchecked = block.image && !block.missing ? { unchecked: block.image } : {};
    content = { kind: 'missing', reason: block.missing ?? FIGURE.missing, altLead: FIGURE.missingShows, ...unchecked };
  }
  return {
    type: 'figure',
    anchor: block.id,
    parts: [{
      kind: 'figure',
      anchor: block.id,
      label,
      caption: { text: block.caption, markdown: true },
      ...(block.source ? { source: { label: FIGURE.source, text: block.source.text, ...(block.source.url ? { url: block.source.url } : {}) } } : {}),
      ...(block.reconstructed ? { reconstructed: { label: EDITORIAL.reconstructedLabel, text: EDITORIAL.reconstructedText } } : {}),
      alt: block.alt,
      content,
    }],
    ...(block.image ? { image: block.image } : {}),
    ...(published ? { published } : {}),
    ...(block.missing ? { missing: block.missing } : {}),
  };
};
