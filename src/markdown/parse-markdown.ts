/**
 * Markdown goes through unified once: every text field is parsed to an mdast tree
 * here, and both the site and the PDF walk that tree.
 */
import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

const processor = unified().use(remarkParse).use(remarkGfm);

const cache = new Map<string, Root>();
const CACHE_LIMIT = 2_000;

export function parseMarkdown(text: string): Root {
  const cached = cache.get(text);
  if (cached) return cached;
  const tree = processor.runSync(processor.parse(text)) as Root;
  if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value!);
  cache.set(text, tree);
  return tree;
}

/** Link targets that may be published. Everything else is removed by both renderers. */
export function isSafeHref(href: string): boolean {
  const trimmed = href.trim();
  if (trimmed.startsWith('#')) return true;
  return /^(https?:|mailto:)/i.test(trimmed);
}
