/** A figure of the presentation model: the published image, the wheel drawing or the missing-picture box, then the caption. */
import type { FigurePart } from '../../../derive/presentation';
import { isBareUrl } from '../../render-markdown';
import { markdownInline } from '../markdown-nodes';
import type { PartContext } from './part-context';
import { wheelDrawing } from './wheel-drawing';

function picture(part: FigurePart, ctx: PartContext) {
  const { content } = part;
  if (content.kind === 'wheel') return wheelDrawing(content.drawing, part.alt);
  if (content.kind === 'image') return <img src={ctx.view.links.image(content.image.name)} alt={part.alt} loading="lazy" decoding="async" />;
  return <p class="figur-saknas">{content.reason} <span class="visuellt-dold">{content.altLead} </span>{part.alt}</p>;
}

export function figurePart(part: FigurePart, ctx: PartContext) {
  const { caption, source, reconstructed } = part;
  return (
    <figure class="figur" id={part.anchor}>
      {picture(part, ctx)}
      <figcaption>
        {part.label ? <><span class="etikett">{part.label}.</span> </> : null}
        {caption ? (caption.markdown ? markdownInline(caption.text, ctx.view.md) : caption.text) : null}
        {source
          ? <span class="kalla">{source.label} {source.url ? <a href={source.url} data-bare-url={isBareUrl(source.text, source.url) || undefined}>{source.text}</a> : source.text}</span>
          : null}
        {reconstructed ? <span class="rekonstruerad"><strong>{reconstructed.label}:</strong> {reconstructed.text}</span> : null}
      </figcaption>
    </figure>
  );
}
