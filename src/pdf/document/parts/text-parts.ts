/** Prose, lead-ins and notes of the presentation model as flow items. */
import type { LeadInPart, NotePart, ProsePart } from '../../../derive/presentation';
import { paragraphRows } from '../../engine/prose';
import { BODY, CONTENT_WIDTH, SMALL } from '../../engine/theme';
import { leadInItem } from './lead-in';
import { markdownItems, rowsItem, type FlowItem, type RenderContext } from '../items';

export const prosePartItems = (part: ProsePart, ctx: RenderContext): FlowItem[] => markdownItems(ctx, part.markdown, ctx.parent, CONTENT_WIDTH);

/**
 * A lead-in never ends a page: it moves to the next one unless three lines after it fit too
 * (a paragraph of three lines is never split, by the orphan and widow rules).
 */
export function leadInPartItems(part: LeadInPart, ctx: RenderContext): FlowItem[] {
  const item = leadInItem(part.text, ctx.parent, 10);
  return [{ startHeight: item.startHeight + BODY.leading, draw: (flow) => { flow.ensure(item.startHeight + BODY.leading); item.draw(flow); } }];
}

/** A note in small type under a table (the PDF prints the abbreviation as written in the text). */
export function notePartItems(part: NotePart, ctx: RenderContext): FlowItem[] {
  const p = ctx.parent.child('P');
  const text = part.mark ? `${part.mark} ${part.text}` : part.text;
  return [rowsItem([{ height: 4, items: [] }, ...paragraphRows([{ text, style: 'regular' }], p, { x: 0, width: CONTENT_WIDTH, style: SMALL })])];
}
