/**
 * Flow items: what a block renderer returns. `startHeight` is the least space the item
 * needs at the foot of a page to start there; headings use it to stay with what follows.
 */
import type { Root } from 'mdast';
import type { DerivedPlan } from '../derive/derive-plan';
import { resolveReferences } from '../markdown/resolve-references';
import { parseMarkdown } from '../markdown/parse-markdown';
import type { BoxRow, PageFlow } from './flow';
import { footnoteRows, inlineRuns, ProseScope, ProseWriter, type ProseContext } from './prose';
import type { StructNode } from './tagging';
import { drawTable, type TableCell } from './tables';
import type { TextStyle } from './text-layout';
import { BODY, CELL, SMALL } from './theme';

export interface FlowItem {
  startHeight: number;
  draw(flow: PageFlow): void;
}

export interface RenderContext {
  plan: DerivedPlan;
  /** Absolute path of the plan's folder (for images). */
  planDir: string;
  prose: ProseContext;
  /** Parent structure node for the current section's content. */
  parent: StructNode;
}

export function rowsItem(rows: BoxRow[], x?: number): FlowItem {
  const visible = rows.filter((row) => row.items.length > 0);
  const start = visible.slice(0, 2).reduce((sum, row) => sum + row.height, 0);
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
 * Markdown of a text field. parseMarkdown caches its trees; resolving references copies
 * the tree, which only matters for texts that can link to "#…". The trees are never
 * modified by the renderer.
 */
export function parseText(ctx: RenderContext, text: string): Root {
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
      const columns = node.children[0]?.children.map((cell) => ({
        title: cell.children.map((c) => ('value' in c ? c.value : '')).join('') || ' ', weight: 1,
      })) ?? [];
      const rows: TableCell[][] = node.children.slice(1).map((row) => row.children.map((cell) => ({
        layout: (x, w, cellNode, cellStyle) => {
          const p = cellNode.child('P');
          const cw = new ProseWriter(scope, cellStyle);
          cw.rows.push(...paragraphFrom(inlineRuns(cell.children, scope, p), p, x, w, cellStyle));
          return cw.rows;
        },
      })));
      items.push({ startHeight: 60, draw: (flow) => drawTable(flow, { columns, rows }, parent) });
      continue;
    }
    writer.block(node, 0, width, parent, 0);
  }
  flush();
  if (scope.numbers.size > 0) {
    items.push({
      startHeight: SMALL.leading * 2,
      draw: (flow) => {
        flow.space(6);
        flow.ensure(SMALL.leading * 2);
        const { doc } = flow;
        artifactRule(flow);
        void doc;
        flow.drawRows(footnoteRows(scope, parent, 0, width, SMALL));
      },
    });
  }
  return items;
}

import { paragraphRows } from './prose';
import { artifact } from './tagging';
import { COLOR } from './theme';

function paragraphFrom(runs: ReturnType<typeof inlineRuns>, node: StructNode, x: number, width: number, style: TextStyle): BoxRow[] {
  return paragraphRows(runs, node, { x, width, style });
}

function artifactRule(flow: PageFlow): void {
  const y = flow.y;
  artifact(flow.doc, 'Layout', () => {
    flow.doc.moveTo(flow.left, y).lineTo(flow.left + 120, y).lineWidth(0.5).strokeColor(COLOR.rule).stroke();
  });
  flow.space(4);
}

/** Markdown inside a table cell: rows only (tables flattened), footnotes unsupported. */
export function markdownCellRows(ctx: RenderContext, text: string, x: number, width: number, node: StructNode, style: TextStyle = CELL): BoxRow[] {
  const tree = parseText(ctx, text);
  const writer = new ProseWriter(new ProseScope(ctx.prose, tree), style);
  writer.blocks(tree.children, x, width, node);
  return writer.rows;
}
