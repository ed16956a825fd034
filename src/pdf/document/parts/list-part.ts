/**
 * Lists of the presentation model as mdast lists, laid out by the prose writer: bullets,
 * or numbered goals with a bold title, their text and a detail line (in body type: the
 * prose writer has one style per list). The plan's Markdown in the items keeps its
 * footnotes, numbered in reading order.
 */
import type { List, ListItem as MdastListItem, RootContent } from 'mdast';
import type { Inline, ListItem, ListPart } from '../../../derive/presentation';
import type { BoxRow } from '../../engine/flow';
import { ProseScope, ProseWriter } from '../../engine/prose';
import type { StructNode } from '../../engine/tagging';
import type { TextStyle } from '../../engine/text-layout';
import { BODY, CONTENT_WIDTH } from '../../engine/theme';
import { footnotesItem, parseText, rowsItem, type FlowItem, type RenderContext } from '../items';

const paragraph = (children: RootContent[]): RootContent => ({ type: 'paragraph', children: children as never });

/** The blocks of the plan's Markdown; its footnote definitions go to `scope`. */
function markdownNodes(ctx: RenderContext, text: string, scope: ProseScope): RootContent[] {
  const tree = parseText(ctx, text);
  scope.addDefinitions(tree);
  return tree.children;
}

/** An inline text as paragraphs; a lead label in bold before it. */
export function inlineNodes(ctx: RenderContext, line: Inline, scope: ProseScope): RootContent[] {
  const nodes = line.markdown ? markdownNodes(ctx, line.text, scope) : [paragraph([{ type: 'text', value: line.text }])];
  if (!line.label) return nodes;
  const label = { type: 'strong', children: [{ type: 'text', value: `${line.label} ` }] } as RootContent;
  const [first, ...rest] = nodes;
  return first?.type === 'paragraph' ? [{ ...first, children: [label, ...first.children] } as RootContent, ...rest] : [paragraph([label]), ...nodes];
}

/**
 * An item's blocks. The bold title, the first paragraph of its text and the detail line
 * are one paragraph with line breaks, so that a goal reads as one entry and not as a title
 * with a gap under it.
 */
function itemNode(ctx: RenderContext, item: ListItem, scope: ProseScope): MdastListItem {
  const children: RootContent[] = [];
  if (item.text) children.push(...inlineNodes(ctx, item.text, scope));
  if (item.body) children.push(...markdownNodes(ctx, item.body, scope));
  const breakNode = { type: 'break' } as RootContent;
  if (item.title) {
    const title = { type: 'strong', children: [{ type: 'text', value: item.title }] } as RootContent;
    const first = children[0];
    if (first?.type === 'paragraph') children[0] = { ...first, children: [title, breakNode, ...first.children] } as RootContent;
    else children.unshift(paragraph([title]));
  }
  if (item.detail) {
    const detail = { type: 'text', value: item.detail } as RootContent;
    const last = children.at(-1);
    if (last?.type === 'paragraph') children[children.length - 1] = { ...last, children: [...last.children, breakNode, detail] } as RootContent;
    else children.push(paragraph([detail]));
  }
  if (item.items?.length) children.push(listNode(ctx, item.items, scope));
  return { type: 'listItem', spread: false, children: children as MdastListItem['children'] };
}

/** Items as an mdast list: ordered from the first item's number when the items are numbered. */
export function listNode(ctx: RenderContext, items: readonly ListItem[], scope: ProseScope): List {
  const start = items[0]?.number;
  // Items of several lines (a goal and its description) are set apart; bullets stay tight.
  const spread = items.some((item) => item.body !== undefined || item.detail !== undefined);
  return { type: 'list', ordered: start !== undefined, ...(start !== undefined ? { start } : {}), spread, children: items.map((item) => itemNode(ctx, item, scope)) };
}

/** Rows of laid-out blocks (lines and lists of a table cell). */
export function blockRows(nodes: readonly RootContent[], scope: ProseScope, x: number, width: number, node: StructNode, style: TextStyle): BoxRow[] {
  const writer = new ProseWriter(scope, style);
  writer.blocks(nodes, x, width, node);
  return writer.rows;
}

export function listPartItems(part: ListPart, ctx: RenderContext): FlowItem[] {
  const scope = new ProseScope(ctx.prose, { type: 'root', children: [] });
  const list = listNode(ctx, part.items, scope);
  scope.reserve(list);
  const writer = new ProseWriter(scope, BODY);
  writer.block(list, 0, CONTENT_WIDTH, ctx.parent, 0);
  const notes = footnotesItem([scope], ctx.parent, CONTENT_WIDTH);
  return notes ? [rowsItem(writer.rows), notes] : [rowsItem(writer.rows)];
}
