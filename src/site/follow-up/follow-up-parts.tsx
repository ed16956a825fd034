/**
 * The site's renderer of every part kind of a follow-up: the plan's parts (SITE_PARTS) and
 * the two charts. The `satisfies` makes a follow-up part kind without a renderer a compile
 * error, like SITE_PARTS; the PDF has the same map (src/pdf/document/follow-up/).
 */
import type { FollowUpPart, FollowUpPartKind } from '../../derive/follow-up/follow-up-model';
import type { Child } from '../plan-page/html';
import { SITE_PARTS } from '../plan-page/part-renderers';
import type { PartContext } from '../plan-page/parts/part-context';
import { indicatorChartPart } from './indicator-chart';
import { statusBarsPart } from './status-bars';

export const FOLLOW_UP_SITE_PARTS = {
  ...SITE_PARTS,
  statusBars: statusBarsPart,
  indicatorChart: indicatorChartPart,
} satisfies { [K in FollowUpPartKind]: (part: Extract<FollowUpPart, { kind: K }>, ctx: PartContext) => Child };

export function renderFollowUpParts(parts: readonly FollowUpPart[], ctx: PartContext): Child[] {
  return parts.map((part) => (FOLLOW_UP_SITE_PARTS[part.kind] as (part: FollowUpPart, ctx: PartContext) => Child)(part, ctx));
}
