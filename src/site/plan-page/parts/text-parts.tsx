/** Prose, lead-ins and notes of the presentation model. */
import type { LeadInPart, NotePart, ProsePart } from '../../../derive/presentation';
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
