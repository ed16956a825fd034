/**
 * Flow items: what a block renderer returns. `startHeight` is the least space the item
 * needs at the foot of a page to start there; headings use it to stay with what follows.
 */
import type { Root } from 'mdast';
import type { DerivedPlan } from '../../derive/derive-plan';
import { resolveReferences } from '../../derive/resolve-references';
import { parseMarkdown } from '../../markdown/parse-markdown';
import type { BoxRow, PageFlow } from '../engine/flow';
import { plainMarkdownTree } from '../engine/plain-markdown';
import { drawFootnotes, inlineRuns, paragraphRows, ProseScope, ProseWriter, type ProseContext } from '../engine/prose';
import type { StructNode } from '../engine/tagging';
import { tableItem, type TableCell } from '../engine/tables';
import type { TextStyle } from '../engine/text-layout';
import { BODY, CELL, SMALL } from '../engine/theme';

export interface FlowItem {
  startHeight: number;
  draw(flow: PageFlow): void;
}

export interface RenderContext {
  plan: DerivedPlan;
  /** Real path of the content root: figure images are read from it as the check resolved them. */
  contentRoot: string;
  prose: ProseContext;
  /** Parent structure node for the current section's content. */
  parent: StructNode;
}

export function rowsItem(rows: BoxRow[], x?: number): FlowItem {
  // What the flow keeps together at the start: two lines, or all of a first paragraph of
  // three lines (PageFlow.drawRows).
  const visible = rows.filter((row) => row.items.length > 0);
  const first = visible[0];
  const keep = first?.count === 3 ? 3 : 2;
  const start = visible.slice(0, keep).reduce((sum, row) => sum + row.height, 0);
  return {
    startHeight: start,
    draw: (flow) => {
      // A spacing row at the top of a page is dropped.
      const trimmed = rows.slice();
      while (trimmed.length && trimmed[0]!.items.length === 0 && flow.atTop) trimmed.shift();
      flow.drawRows(trimmed, x);
    },
  };
}

export function spaceItem(height: number): FlowItem {
  return { startHeight: 0, draw: (flow) => { if (!flow.atTop) flow.space(height); } };
}

/**
 * Markdown of a text field. Plain text (no Markdown syntax, no "#") becomes its tree
 * directly; otherwise parseMarkdown caches its trees, and resolving references copies the
 * tree, which only matters for texts that can link to "#…". The trees are never modified
 * by the renderer.
 */
export function parseText(ctx: RenderContext, text: string): Root {
  const plain = plainMarkdownTree(text);
  if (plain) return plain;
  const tree = parseMarkdown(text);
  return text.includes('#') ? resolveReferences(tree, ctx.plan.references) : tree;
}

/** Markdown in running text: prose rows, GFM tables as tables, footnotes at the end. */
export function markdownItems(ctx: RenderContext, text: string, parent: StructNode, width: number, style: TextStyle = BODY): FlowItem[] {
  const tree = parseText(ctx, text);
  const scope = new ProseScope(ctx.prose, tree);
  const items: FlowItem[] = [];
  let writer = new ProseWriter(scope, style);
  const flush = () => {
    if (writer.rows.length) items.push(rowsItem(writer.rows));
    writer = new ProseWriter(scope, style);
  };
  for (const node of tree.children) {
    if (node.type === 'table') {
      flush();
      // The cells are laid out when the table is drawn; their notes are numbered now,
      // in reading order, and printed with the text's other notes at its end.
      scope.reserve(node);
      const columns = node.children[0]?.children.map((cell) => ({
        title: cell.children.map((c) => ('value' in c ? c.value : '')).join('') || ' ', weight: 1,
      })) ?? [];
      const rows: TableCell[][] = node.children.slice(1).map((row) => row.children.map((cell) => ({
        layout: (x, w, cellNode, cellStyle) => {
          const p = cellNode.child('P');
          return paragraphRows(inlineRuns(cell.children, scope, p), p, { x, width: w, style: cellStyle });
        },
      })));
      items.push(tableItem({ columns, rows }, parent));
      continue;
    }
    writer.block(node, 0, width, parent, 0);
  }
  flush();
  const notes = footnotesItem([scope], parent, width);
  if (notes) items.push(notes);
  return items;
}

/** The used footnotes of `scopes` as an item (undefined when there are none). */
export function footnotesItem(scopes: readonly ProseScope[], parent: StructNode, width: number): FlowItem | undefined {
  if (!scopes.some((scope) => scope.numbers.size > 0)) return undefined;
  return { startHeight: SMALL.leading * 2, draw: (flow) => drawFootnotes(flow, scopes, parent, width) };
}

/**
 * Markdown of a table cell, parsed and with its footnotes numbered when the table is
 * built (so numbers follow the document order); laid out only when the table is drawn.
 * The notes are printed below the table (see TableCell.footnotes).
 */
export interface CellText {
  tree: Root;
  scope: ProseScope;
}

export function cellText(ctx: RenderContext, text: string): CellText {
  const tree = parseText(ctx, text);
  const scope = new ProseScope(ctx.prose, tree);
  scope.reserve(tree);
  return { tree, scope };
}

/** Rows of a cell's Markdown (tables inside flattened to text). */
export function cellTextRows(cell: CellText, x: number, width: number, node: StructNode, style: TextStyle = CELL): BoxRow[] {
  const writer = new ProseWriter(cell.scope, style);
  writer.blocks(cell.tree.children, x, width, node);
  return writer.rows;
}
