/**
 * Text without any Markdown syntax (most running text): both renderers skip the Markdown
 * pipeline for it, the site writing its paragraphs as HTML directly and the PDF building
 * their mdast tree directly. The rules here decide, once for both, when a text is plain.
 * test/site/render-markdown.test.ts and test/pdf/plain-markdown.test.ts compare the two
 * shortcuts with the full pipelines.
 */

/**
 * Characters that mean nothing to Markdown (CommonMark + GFM) and are written unescaped by
 * rehype-stringify, anywhere in a line. `&`, `<`, `*`, `_`, `[`, `` ` ``, `~`, `|`, `\`, `#`,
 * `=`, `>`, `@`, tabs and carriage returns are all missing on purpose.
 */
const PLAIN_CHARS = /^[\p{L}\p{N} \u00a0\u202f,.:;()?!–—'"%/\-“”‘’§+°…\n]*$/u;
/** A line of plain text must start with a letter, digit, parenthesis or quote and end without a space. */
const PLAIN_LINE_START = /^[\p{L}\p{N}("'“”‘’]/u;
const LINE_END_SPACE = /[ \u00a0\u202f]$/;
/** "1." or "1)" at the start of a line may begin an ordered list. */
const ORDERED_LIST_MARKER = /^\d{1,9}[.)](?:[ \u00a0\u202f]|$)/;
/** GFM turns www. and scheme:// into links. */
const AUTOLINK_LITERAL = /www\.|:\/\//i;

/**
 * The paragraphs of `text` when it is plain text (each with its soft line breaks kept as
 * "\n"); undefined whenever the text could mean anything more to Markdown.
 */
export function plainTextParagraphs(text: string): string[] | undefined {
  if (!PLAIN_CHARS.test(text) || AUTOLINK_LITERAL.test(text)) return undefined;
  const paragraphs: string[] = [];
  let current: string[] = [];
  for (const line of text.split('\n')) {
    if (line === '') {
      if (current.length > 0) paragraphs.push(current.join('\n'));
      current = [];
      continue;
    }
    if (!PLAIN_LINE_START.test(line) || LINE_END_SPACE.test(line) || ORDERED_LIST_MARKER.test(line)) return undefined;
    current.push(line);
  }
  if (current.length > 0) paragraphs.push(current.join('\n'));
  return paragraphs;
}
