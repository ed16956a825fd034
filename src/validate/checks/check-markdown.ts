/**
 * Markdown that the renderers will not publish as written: raw HTML, unsafe links and
 * inline images. The author is told what will be removed.
 */
import type { Node } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import { formatFieldPath, type PathSegment } from '../../load/field-path';
import { isSafeHref, parseMarkdown } from '../../markdown/parse-markdown';
import type { SourceLocation } from '../../problems';
import type { CheckContext } from '../check-context';

/** Fields that hold plain text rather than Markdown. */
const PLAIN_FIELDS = new Set(['id', 'type', 'category', 'initials', 'abbr', 'file', 'image', 'url', 'status', 'kind', 'date', 'month', 'season', '$schema', 'strategicGoal', 'resultGoal', 'generated', 'email', 'website']);

export function checkMarkdown(ctx: CheckContext): void {
  for (const { text, path } of ctx.strings) {
    const field = path.findLast((segment) => typeof segment === 'string');
    if (field && PLAIN_FIELDS.has(field)) continue;
    if (!/<|\]\(|\]:/.test(text)) continue;
    const tree = parseMarkdown(text);
    let htmlReported = false;
    visit(tree, (node) => {
      const line = node.position?.start.line ?? 1;
      const where = line > 1 ? ` (rad ${line} i texten)` : '';
      if (node.type === 'html') {
        if (htmlReported) return;
        htmlReported = true;
        ctx.warning('html-tas-bort', path, `HTML-kod tas bort vid publicering${where}: "${node.value.slice(0, 40)}". Skriv texten som Markdown.`);
      } else if (node.type === 'link' && !isSafeHref(node.url)) {
        ctx.warning('lank-tas-bort', path, `Länken "${node.url.slice(0, 60)}" tas bort${where}; bara http:, https:, mailto: och #id är tillåtna.`);
      } else if ((node.type === 'link' || node.type === 'linkReference') && hasNoVisibleText(node)) {
        // A link nobody can read or name (WCAG 2.4.4); only [](#id) gets its text from planverk.
        const url = node.type === 'link' ? node.url : `[${node.label ?? node.identifier}]`;
        const images = node.children.some((child) => child.type === 'image' || child.type === 'imageReference');
        const { location, exact } = markdownLocation(ctx, path, text, node);
        reportAt(ctx, location, 'lank-utan-text', path,
          `Länken till "${url.slice(0, 60)}" har ingen text att läsa${images ? ' (bilder i löptext visas inte)' : ''}${exact ? '' : where}. Skriv vart länken leder mellan [ och ], t.ex. [Läs rapporten](https://example.se/rapport).`);
      } else if (node.type === 'image') {
        ctx.warning('bild-i-text', path, `Bilder i löptext visas inte${where}; använd ett block med type: figure.`);
      }
    });
  }
}

/** Links whose words are empty once images and HTML are left out, as the renderers leave them out. */
function hasNoVisibleText(node: Node & { children: Node[]; url?: string }): boolean {
  if (node.children.length === 0 && node.url?.startsWith('#')) return false;
  return toString(node, { includeImageAlt: false, includeHtml: false }).trim() === '';
}

/**
 * Where a Markdown node sits in its file. A section body read from a Markdown file keeps
 * its lines, so the node's own line and column are exact there; text inside YAML points
 * at its field (the message adds the line within the text).
 */
function markdownLocation(ctx: CheckContext, path: readonly PathSegment[], text: string, node: Node): { location: SourceLocation; exact: boolean } {
  const field = ctx.loaded.sourceMap.locate(path);
  const start = node.position?.start;
  if (!start || path.at(-1) !== 'body' || !field.file.endsWith('.md')) return { location: field, exact: false };
  const firstLine = Math.max(0, text.split('\n').findIndex((line) => line.trim() !== ''));
  return { location: { file: field.file, line: field.line - firstLine + start.line - 1, column: start.column }, exact: true };
}

function reportAt(ctx: CheckContext, location: SourceLocation, code: string, path: readonly PathSegment[], message: string): void {
  ctx.problems.push({ severity: 'error', code, ...location, path: formatFieldPath(path), message });
}
