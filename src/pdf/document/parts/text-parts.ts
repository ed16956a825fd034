/** Prose, lead-ins and notes of the presentation model as flow items. */
import type { LeadInPart, ListPart, NotePart, ProsePart } from '../../../derive/presentation';
import { paragraphRows } from '../../engine/prose';
import { CONTENT_WIDTH, SMALL } from '../../engine/theme';
import { leadInItem } from '../blocks/heading-text';
import { markdownItems, rowsItem, type FlowItem, type RenderContext } from '../items';

export const prosePartItems = (part: ProsePart, ctx: RenderContext): FlowItem[] => markdownItems(ctx, part.markdown, ctx.parent, CONTENT_WIDTH);

export const leadInPartItems = (part: LeadInPart, ctx: RenderContext): FlowItem[] => [leadInItem(part.text, ctx.parent, 10)];

/** A note in small type under a table (the PDF prints the abbreviation as written in the text). */
export function notePartItems(part: NotePart, ctx: RenderContext): FlowItem[] {
  const p = ctx.parent.child('P');
  const text = part.mark ? `${part.mark} ${part.text}` : part.text;
  return [rowsItem([{ height: 4, items: [] }, ...paragraphRows([{ text, style: 'regular' }], p, { x: 0, width: CONTENT_WIDTH, style: SMALL })])];
}

/** Items of the plan's Markdown as paragraphs, each title in bold on a line of its own and kept with its text. */
export const listPartItems = (part: ListPart, ctx: RenderContext): FlowItem[] => part.items.flatMap((item) => [
  ...(item.title ? [leadInItem(item.title, ctx.parent, 4)] : []),
  ...markdownItems(ctx, item.markdown, ctx.parent, CONTENT_WIDTH),
]);
