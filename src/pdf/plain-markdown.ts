/**
 * Text fields without any Markdown syntax (most running text) as the mdast tree that
 * remark-parse + remark-gfm give, without running the parser: one paragraph per block of
 * lines, each paragraph one text node whose soft line breaks stay in the value. The
 * character and line rules are those of the site's plain-text path
 * (`plainParagraphs` in src/site/render-markdown.ts). The tree has no source positions,
 * which the PDF renderer never reads. test/pdf/plain-markdown.test.ts compares it with
 * parseMarkdown for random texts.
 */
import type { Root } from 'mdast';

/** Characters that mean nothing to Markdown (CommonMark + GFM) anywhere in a line. */
const PLAIN_CHARS = /^[\p{L}\p{N} \u00a0\u202f,.:;()?!–—'"%/\-“”‘’§+°…\n]*$/u;
/** A line must start with a letter, digit, parenthesis or quote and end without a space. */
const PLAIN_LINE_START = /^[\p{L}\p{N}("'“”‘’]/u;
const LINE_END_SPACE = /[ \u00a0\u202f]$/;
/** "1." or "1)" at the start of a line may begin an ordered list. */
const ORDERED_LIST_MARKER = /^\d{1,9}[.)](?:[ \u00a0\u202f]|$)/;
/** GFM turns www. and scheme:// into links. */
const AUTOLINK_LITERAL = /www\.|:\/\//i;

/** The mdast tree of `text` when it is plain text; undefined when it could be more. */
export function plainMarkdownTree(text: string): Root | undefined {
  if (!PLAIN_CHARS.test(text) || AUTOLINK_LITERAL.test(text)) return undefined;
  const root: Root = { type: 'root', children: [] };
  let start = -1;
  let end = 0;
  const close = () => {
    if (start >= 0) root.children.push({ type: 'paragraph', children: [{ type: 'text', value: text.slice(start, end) }] });
    start = -1;
  };
  let at = 0;
  while (at <= text.length) {
    let next = text.indexOf('\n', at);
    if (next < 0) next = text.length;
    const line = text.slice(at, next);
    if (line === '') close();
    else {
      if (!PLAIN_LINE_START.test(line) || LINE_END_SPACE.test(line) || ORDERED_LIST_MARKER.test(line)) return undefined;
      if (start < 0) start = at;
      end = next;
    }
    at = next + 1;
  }
  close();
  return root;
}
