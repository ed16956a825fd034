/** Lists of the presentation model: bullets, or numbered goals with titles and text. */
import type { ListItem, ListPart } from '../../../derive/presentation';
import { headingLevel } from '../../plan-view';
import { markdownBlock, markdownInline } from '../markdown-nodes';
import type { PartContext } from './part-context';

function item(entry: ListItem, ctx: PartContext) {
  const text = entry.text ? (entry.text.markdown ? markdownInline(entry.text.text, ctx.view.md) : entry.text.text) : null;
  return (
    <li id={entry.anchor}>
      {entry.title ? <span class="maltitel">{entry.title}</span> : null}
      {text}
      {entry.body ? markdownBlock(entry.body, ctx.view.md, { headingBase: headingLevel(ctx.section) }) : null}
      {entry.detail ? <p class="punktdetalj">{entry.detail}</p> : null}
      {entry.items?.length ? listElement(entry.items, ctx) : null}
    </li>
  );
}

/** A list of items: numbered (`<ol>`, from the first item's number) when the items carry numbers. */
export function listElement(items: readonly ListItem[], ctx: PartContext, variant?: string) {
  const first = items[0]?.number;
  if (first === undefined) return <ul class={variant}>{items.map((entry) => item(entry, ctx))}</ul>;
  return <ol class={variant} start={first === 1 ? undefined : first}>{items.map((entry) => item(entry, ctx))}</ol>;
}

export const listPart = (part: ListPart, ctx: PartContext) => listElement(part.items, ctx, part.variant);
