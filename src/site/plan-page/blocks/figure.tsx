import type { Figure, Wheel } from '../../../../schemas';
import type { PublishedImage } from '../../../shared/published-image';
import { wheelGeometry } from '../../../derive/wheel-geometry';
import type { PlanView } from '../../plan-view';
import { isBareUrl } from '../../render-markdown';
import { markdownInline } from '../markdown-nodes';
import { wheelDrawing } from './wheel-svg';

export function figure(block: Figure & { anchor?: string; label?: string; published?: PublishedImage }, view: PlanView, wheel: Wheel | undefined) {
  const geometry = block.generated === 'wheel' && wheel ? wheelGeometry(wheel, wheel.year ?? view.plan.period.start) : undefined;
  const source = block.source;
  return (
    <figure class="figur" id={block.anchor}>
      {geometry && wheel
        ? wheelDrawing(wheel, geometry, block.alt)
        : block.published && !block.missing
          ? <img src={view.links.image(block.published.name)} alt={block.alt} loading="lazy" decoding="async" />
          : <p class="figur-saknas">{block.missing ?? 'Bilden saknas.'} <span class="visuellt-dold">Bilden visar: </span>{block.alt}</p>}
      <figcaption>
        <span class="etikett">{block.label}.</span> {markdownInline(block.caption, view.md)}
        {source
          ? <span class="kalla">Källa: {source.url ? <a href={source.url} data-bare-url={isBareUrl(source.text, source.url) || undefined}>{source.text}</a> : source.text}</span>
          : null}
      </figcaption>
    </figure>
  );
}
