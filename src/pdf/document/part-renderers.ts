/**
 * The PDF's renderer of every part kind of the presentation model. The `satisfies` makes
 * a part kind without a renderer a compile error; the site has the same map
 * (src/site/plan-page/part-renderers.tsx).
 */
import type { Part, PartKind, PartOf } from '../../derive/presentation';
import type { FlowItem, RenderContext } from './items';
import { editorialPartItems } from './parts/editorial-part';
import { figurePartItems } from './parts/figure-part';
import { factsPartItems } from './parts/facts-part';
import { listPartItems } from './parts/list-part';
import { tablePartItems } from './parts/table-part';
import { leadInPartItems, notePartItems, prosePartItems } from './parts/text-parts';

export const PDF_PARTS = {
  table: tablePartItems,
  prose: prosePartItems,
  leadIn: leadInPartItems,
  note: notePartItems,
  figure: figurePartItems,
  list: listPartItems,
  facts: factsPartItems,
  editorial: editorialPartItems,
} satisfies { [K in PartKind]: (part: PartOf<K>, ctx: RenderContext) => FlowItem[] };

export function partItems(parts: readonly Part[], ctx: RenderContext): FlowItem[] {
  return parts.flatMap((part) => (PDF_PARTS[part.kind] as (part: Part, ctx: RenderContext) => FlowItem[])(part, ctx));
}
