/**
 * Markdown goes through unified once: every text field is parsed to an mdast tree
 * here, and both the site and the PDF walk that tree.
 */
import type { Root } from 'mdast';
import { findAndReplace } from 'mdast-util-find-and-replace';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { TYPESETTING } from './plain-text';
import { mayNestTooDeep, plainTree, scanMarkdown, treeNestingProblem, type MarkdownLimitProblem } from './markdown-limits';

const processor = unified().use(remarkParse).use(remarkGfm);

const cache = new Map<string, Root>();
const CACHE_LIMIT = 2_000;

export function parseMarkdown(text: string): Root {
  const cached = cache.get(text);
  if (cached) return cached;
  // Text beyond the limits is refused by check; nothing parses or renders it as Markdown.
  const scan = scanMarkdown(text);
  let tree = scan.problem ? plainTree(text) : isLoneDash(text) ? plainTree(text.trim()) : parseWithoutLimits(text);
  if (mayNestTooDeep(scan) && treeNestingProblem(tree)) tree = plainTree(text);
  if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value!);
  cache.set(text, tree);
  return tree;
}

/**
 * A text that is only a dash ("-", "–" or "—"): in a table cell it means "nothing here",
 * as in the printed plans. CommonMark would read "-" as an empty bullet list, so both
 * renderers keep it as the dash it is.
 */
export function isLoneDash(text: string): boolean {
  return /^\s*[-–—]\s*$/u.test(text);
}

function parseWithoutLimits(text: string): Root {
  const tree = processor.runSync(processor.parse(text)) as Root;
  // Typesetting as in plain-text.ts; code spans stay as written.
  findAndReplace(tree, [...TYPESETTING], { ignore: ['inlineCode', 'code'] });
  return tree;
}

/** The limit of markdown-limits.ts that `text` passes, if any (for check). */
export function markdownLimitProblem(text: string): MarkdownLimitProblem | undefined {
  const scan = scanMarkdown(text);
  if (scan.problem || !mayNestTooDeep(scan)) return scan.problem;
  return treeNestingProblem(parseWithoutLimits(text));
}

/** Link targets that may be published. Everything else is removed by both renderers. */
export function isSafeHref(href: string): boolean {
  const trimmed = href.trim();
  if (trimmed.startsWith('#')) return true;
  return /^(https?:|mailto:)/i.test(trimmed);
}
