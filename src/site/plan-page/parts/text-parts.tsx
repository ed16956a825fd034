/** Prose, lead-ins and notes of the presentation model. */
import type { LeadInPart, ListPart, NotePart, ProsePart } from '../../../derive/presentation';
import { headingLevel } from '../../plan-view';
import { markdownBlock } from '../markdown-nodes';
import type { PartContext } from './part-context';

export const prosePart = (part: ProsePart, ctx: PartContext) => markdownBlock(part.markdown, ctx.view.md, { headingBase: headingLevel(ctx.section) });

export const leadInPart = (part: LeadInPart) => <p class="blockrubrik">{part.text}</p>;

/** "åa = årsarbetare.": the abbreviation is marked up so that its expansion is announced. */
export function notePart(part: NotePart) {
  const abbr = part.abbreviation;
  if (abbr && part.text.startsWith(abbr.short)) {
    return <p class="tabellnot"><abbr title={abbr.expansion}>{abbr.short}</abbr>{part.text.slice(abbr.short.length)}</p>;
  }
  if (part.mark) return <p class="tabellnot"><span aria-hidden="true">{part.mark}</span> {part.text}</p>;
  return <p class="tabellnot">{part.text}</p>;
}

/** Items of the plan's Markdown, each with its title on a line of its own. */
export const listPart = (part: ListPart, ctx: PartContext) => (
  <ul>
    {part.items.map((item) => <li>{item.title ? <span class="maltitel">{item.title}</span> : null}{markdownBlock(item.markdown, ctx.view.md, { headingBase: headingLevel(ctx.section) })}</li>)}
  </ul>
);
