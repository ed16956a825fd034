/** Markdown fields on the page: a block in its own `<div>`, or inline HTML for cells and list items. */
import { renderMarkdown, renderMarkdownInline, type MarkdownContext } from '../render-markdown';
import { trustedHtml, type Html } from './html';

export function markdownBlock(text: string | undefined, md: MarkdownContext, options: { headingBase?: number; class?: string } = {}): Html | null {
  if (text === undefined) return null;
  return <div class={options.class ?? 'prosa'}>{trustedHtml(renderMarkdown(text, md, options.headingBase ?? 2))}</div>;
}

export function markdownInline(text: string | undefined, md: MarkdownContext): Html | null {
  return text === undefined ? null : trustedHtml(renderMarkdownInline(text, md));
}
