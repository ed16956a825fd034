/**
 * The PDF's renderer of every part kind of a follow-up: the plan's parts (PDF_PARTS) and the
 * two charts. The `satisfies` makes a follow-up part kind without a renderer a compile
 * error; the site has the same map (src/site/follow-up/follow-up-parts.tsx).
 */
import type { FollowUpPart, FollowUpPartKind } from '../../../derive/follow-up/follow-up-model';
import type { FlowItem, RenderContext } from '../items';
import { PDF_PARTS } from '../part-renderers';
import { indicatorChartPartItems, statusBarsPartItems } from './chart-parts';

export const FOLLOW_UP_PDF_PARTS = {
  ...PDF_PARTS,
  statusBars: statusBarsPartItems,
  indicatorChart: indicatorChartPartItems,
} satisfies { [K in FollowUpPartKind]: (part: Extract<FollowUpPart, { kind: K }>, ctx: RenderContext) => FlowItem[] };

export function followUpPartItems(parts: readonly FollowUpPart[], ctx: RenderContext): FlowItem[] {
  return parts.flatMap((part) => (FOLLOW_UP_PDF_PARTS[part.kind] as (part: FollowUpPart, ctx: RenderContext) => FlowItem[])(part, ctx));
}
