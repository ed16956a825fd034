/**
 * The plan page is written with hono's JSX, which renders straight to an HTML string and
 * escapes every text and attribute value. Markdown arrives already sanitized as HTML text
 * (render-markdown.ts) and goes in through `trustedHtml`, the one way past the escaping.
 */
import type { Child } from 'hono/jsx';
import type { HtmlEscapedString } from 'hono/utils/html';
import { raw } from 'hono/html';

export type { Child };
export type Html = HtmlEscapedString | Promise<HtmlEscapedString>;

/** Sanitized HTML from the Markdown pipeline; never text from the model. */
export const trustedHtml = (value: string): Html => raw(value);

/** The page's HTML: nothing in it is asynchronous, so the string is ready at once. */
export function serialize(node: Html): string {
  if (node instanceof Promise) throw new Error('planverk: sidans HTML blev asynkron.');
  return node.toString();
}

/** `class` from parts, as Astro's class:list wrote it: falsy parts dropped. */
export const classes = (...parts: (string | false | undefined | null)[]) => parts.filter(Boolean).join(' ');
