/**
 * The site's renderer of every part kind of the presentation model. The `satisfies`
 * makes a part kind without a renderer a compile error; the PDF has the same map
 * (src/pdf/document/part-renderers.ts).
 */
import type { Part, PartKind, PartOf } from '../../derive/presentation';
import type { Child } from './html';
import type { PartContext } from './parts/part-context';
import { editorialPart } from './parts/editorial-part';
import { figurePart } from './parts/figure-part';
import { factsPart } from './parts/facts-part';
import { listPart } from './parts/list-part';
import { tablePart } from './parts/table-part';
import { leadInPart, notePart, prosePart } from './parts/text-parts';

export const SITE_PARTS = {
  table: tablePart,
  prose: prosePart,
  leadIn: leadInPart,
  note: notePart,
  figure: figurePart,
  list: listPart,
  facts: factsPart,
  editorial: editorialPart,
} satisfies { [K in PartKind]: (part: PartOf<K>, ctx: PartContext) => Child };

export function renderParts(parts: readonly Part[], ctx: PartContext): Child[] {
  return parts.map((part) => (SITE_PARTS[part.kind] as (part: Part, ctx: PartContext) => Child)(part, ctx));
}
