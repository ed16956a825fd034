/**
 * Text fields without any Markdown syntax (most running text, by the rules of
 * src/markdown/plain-text.ts) as the mdast tree that remark-parse + remark-gfm give,
 * without running the parser: one paragraph per block of lines, each paragraph one text
 * node whose soft line breaks stay in the value. The tree has no source positions, which
 * the PDF renderer never reads. test/pdf/plain-markdown.test.ts compares it with
 * parseMarkdown for random texts.
 */
import type { Root } from 'mdast';
import { plainTextParagraphs } from '../../markdown/plain-text';

/** The mdast tree of `text` when it is plain text; undefined when it could be more. */
export function plainMarkdownTree(text: string): Root | undefined {
  const paragraphs = plainTextParagraphs(text);
  if (!paragraphs) return undefined;
  return { type: 'root', children: paragraphs.map((value) => ({ type: 'paragraph', children: [{ type: 'text', value }] })) };
}
