/**
 * Markdown that the renderers will not publish as written: raw HTML, unsafe links and
 * inline images. The author is told what will be removed.
 */
import type { Node } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';

import { isSafeHref, parseMarkdown } from '../../markdown/parse-markdown';
import type { CheckContext } from '../check-context';

/**
 * Fields that hold plain text rather than Markdown. Keyed by field name, not by block type:
 * a name means the same in every block and at plan level, so this is no block hook. A new
 * field that is neither `text()` nor `markdown()` in schemas/ (an id, enum, date, file or
 * URL) belongs here; left out, it only risks a needless warning.
 */
const PLAIN_FIELDS = new Set(['id', 'type', 'category', 'initials', 'abbr', 'file', 'image', 'logo', 'url', 'status', 'kind', 'date', 'month', 'season', '$schema', 'strategicGoal', 'resultGoal', 'generated', 'email', 'website', 'unit', 'sign', 'side', 'from', 'to', 'as', 'kolada', 'column', 'columns', 'direction', 'frequency', 'state', 'validFrom', 'missingInSource', 'recurs', 'startMonth', 'endMonth', 'yearName', 'show']);

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
        const start = node.position?.start;
        const { location, exact } = start ? ctx.locateInText(path, text, start.line, start.column) : { location: ctx.loaded.sourceMap.locate(path), exact: false };
        ctx.errorAt('lank-utan-text', location, path,
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
