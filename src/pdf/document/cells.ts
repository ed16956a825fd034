/** Cell and list helpers shared by the block renderers. */
import type { List, ListItem, RootContent } from 'mdast';
import type { NestedItem } from '../../../schemas';
import type { BoxRow } from '../engine/flow';
import { cellText, cellTextRows, parseText, type RenderContext } from './items';
import { ProseScope, ProseWriter } from '../engine/prose';
import type { StructNode } from '../engine/tagging';
import type { TableCell } from '../engine/tables';
import type { TextStyle } from '../engine/text-layout';

/**
 * A nested bullet list of the model as an mdast list, each text parsed as Markdown.
 * With `scope`, the footnote definitions of every item's text are added to it.
 */
export function nestedListToMdast(ctx: RenderContext, items: readonly NestedItem[], scope?: ProseScope): List {
  const toItem = (item: NestedItem): ListItem => {
    const text = typeof item === 'string' ? item : item.text;
    const tree = parseText(ctx, text);
    scope?.addDefinitions(tree);
    const children: RootContent[] = [...tree.children];
    if (typeof item !== 'string') children.push(nestedListToMdast(ctx, item.items, scope));
    return { type: 'listItem', spread: false, children: children as ListItem['children'] };
  };
  return { type: 'list', ordered: false, spread: false, children: items.map(toItem) };
}

/**
 * A nested list with its footnotes: definitions from all item texts, references
 * numbered now (in document order).
 */
export function nestedList(ctx: RenderContext, items: readonly NestedItem[]): { list: List; scope: ProseScope } {
  const scope = new ProseScope(ctx.prose, { type: 'root', children: [] });
  const list = nestedListToMdast(ctx, items, scope);
  scope.reserve(list);
  return { list, scope };
}

export function markdownCell(ctx: RenderContext, text: string | undefined, options: { rowSpan?: number; rowHeader?: boolean } = {}): TableCell {
  const cell = text ? cellText(ctx, text) : undefined;
  return {
    rowSpan: options.rowSpan,
    rowHeader: options.rowHeader,
    footnotes: cell ? [cell.scope] : undefined,
    layout: (x, width, node, style) => (cell ? cellTextRows(cell, x, width, node, style) : []),
  };
}

/** Several Markdown paragraphs in one cell, or a bullet list when `bullets` is set. */
export function markdownListCell(ctx: RenderContext, texts: readonly string[], options: { rowSpan?: number; bullets?: boolean } = {}): TableCell {
  if (options.bullets && texts.length > 1) return { ...nestedListCell(ctx, texts), rowSpan: options.rowSpan };
  const cells = texts.map((text) => cellText(ctx, text));
  return {
    rowSpan: options.rowSpan,
    footnotes: cells.map((cell) => cell.scope),
    layout: (x, width, node, style) => cells.flatMap((cell) => cellTextRows(cell, x, width, node, style)),
  };
}

function nestedListRows(list: List, scope: ProseScope, x: number, width: number, node: StructNode, style: TextStyle): BoxRow[] {
  const writer = new ProseWriter(scope, style);
  writer.block(list, x, width, node, 0);
  return writer.rows;
}

export function nestedListCell(ctx: RenderContext, items: readonly NestedItem[]): TableCell {
  const { list, scope } = nestedList(ctx, items);
  return { footnotes: [scope], layout: (x, width, node, style) => nestedListRows(list, scope, x, width, node, style) };
}
