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
/**
 * The same test for text whose letters are all Latin-1 (nearly all Swedish text), without
 * Unicode property classes: five times faster, and it runs on every text of every plan.
 * Whatever it rejects goes on to PLAIN_CHARS.
 */
const PLAIN_LATIN_CHARS = /^[A-Za-z0-9\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u00ff \u00a0\u202f,.:;()?!–—'"%/\-“”‘’§+°…\n]*$/;
/** A line of plain text must start with a letter, digit, parenthesis or quote and end without a space. */
const PLAIN_LINE_START = /^[\p{L}\p{N}("'“”‘’]/u;
/** Checked on the last character alone: `/[ ]$/` would try every position of the line. */
const endsWithSpace = (line: string) => /[ \u00a0\u202f]/.test(line.charAt(line.length - 1));
/** "1." or "1)" at the start of a line may begin an ordered list. */
const ORDERED_LIST_MARKER = /^\d{1,9}[.)](?:[ \u00a0\u202f]|$)/;
/** GFM turns www. and scheme:// into links. */
const AUTOLINK_LITERAL = /www\.|:\/\//i;

/**
 * Typesetting of running text, applied alike to the Markdown tree (parse-markdown.ts) and to
 * the plain-text shortcuts below, so that both renderers print the same characters:
 * - a space inside a number ("1 500 000") or before its per cent sign ("53 %") becomes a
 *   no-break space, so that neither the page nor the PDF breaks a number over two lines;
 * - straight quotation marks and apostrophes become Swedish ” and ’ (Swedish uses the same
 *   mark on both sides, so no guess about direction is needed).
 */
export const TYPESETTING: readonly [RegExp, string][] = [
  [/(?<=\d) (?=\d{3}(?!\d)|%)/g, '\u00a0'],
  [/"/g, '\u201d'],
  [/'/g, '\u2019'],
];

export const typeset = (text: string): string => TYPESETTING.reduce((typeset, [pattern, replacement]) => typeset.replace(pattern, replacement), text);

/**
 * The paragraphs of `text` when it is plain text (each with its soft line breaks kept as
 * "\n"); undefined whenever the text could mean anything more to Markdown.
 */
export function plainTextParagraphs(text: string): string[] | undefined {
  if (!(PLAIN_LATIN_CHARS.test(text) || PLAIN_CHARS.test(text)) || AUTOLINK_LITERAL.test(text)) return undefined;
  const paragraphs: string[] = [];
  let current: string[] = [];
  for (const line of text.split('\n')) {
    if (line === '') {
      if (current.length > 0) paragraphs.push(current.join('\n'));
      current = [];
      continue;
    }
    if (!PLAIN_LINE_START.test(line) || endsWithSpace(line) || ORDERED_LIST_MARKER.test(line)) return undefined;
    current.push(line);
  }
  if (current.length > 0) paragraphs.push(current.join('\n'));
  return paragraphs.map(typeset);
}
