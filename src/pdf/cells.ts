/** Cell and list helpers shared by the block renderers. */
import type { List, ListItem, RootContent } from 'mdast';
import type { NestedItem } from '../../schemas';
import { markdownCellRows, parseText, type RenderContext } from './items';
import { ProseScope, ProseWriter } from './prose';
import type { TableCell } from './tables';

/** A nested bullet list of the model as an mdast list, each text parsed as Markdown. */
export function nestedListToMdast(ctx: RenderContext, items: readonly NestedItem[]): List {
  const toItem = (item: NestedItem): ListItem => {
    const text = typeof item === 'string' ? item : item.text;
    const children: RootContent[] = [...parseText(ctx, text).children];
    if (typeof item !== 'string') children.push(nestedListToMdast(ctx, item.items));
    return { type: 'listItem', spread: false, children: children as ListItem['children'] };
  };
  return { type: 'list', ordered: false, spread: false, children: items.map(toItem) };
}

export function markdownCell(ctx: RenderContext, text: string | undefined, options: { rowSpan?: number; rowHeader?: boolean } = {}): TableCell {
  return {
    rowSpan: options.rowSpan,
    rowHeader: options.rowHeader,
    layout: (x, width, node, style) => (text ? markdownCellRows(ctx, text, x, width, node, style) : []),
  };
}

/** Several Markdown paragraphs in one cell, or a bullet list when `bullets` is set. */
export function markdownListCell(ctx: RenderContext, texts: readonly string[], options: { rowSpan?: number; bullets?: boolean } = {}): TableCell {
  return {
    rowSpan: options.rowSpan,
    layout: (x, width, node, style) => {
      if (texts.length === 0) return [];
      if (options.bullets && texts.length > 1) return nestedListRows(ctx, texts, x, width, node, style);
      return texts.flatMap((text) => markdownCellRows(ctx, text, x, width, node, style));
    },
  };
}

export function nestedListRows(ctx: RenderContext, items: readonly NestedItem[], x: number, width: number, node: Parameters<TableCell['layout']>[2], style: Parameters<TableCell['layout']>[3]) {
  const list = nestedListToMdast(ctx, items);
  const writer = new ProseWriter(new ProseScope(ctx.prose, { type: 'root', children: [] }), style);
  writer.block(list, x, width, node, 0);
  return writer.rows;
}

export function nestedListCell(ctx: RenderContext, items: readonly NestedItem[]): TableCell {
  return { layout: (x, width, node, style) => nestedListRows(ctx, items, x, width, node, style) };
}
