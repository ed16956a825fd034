/** A plain table block: Markdown cells under column headings, numbered "Tabell N". */
import type { Table } from '../../../../schemas';
import type { DerivedBlock } from '../../../derive/derive-plan';
import { markdownCell } from '../cells';
import { inlineRuns } from '../../engine/prose';
import { type FlowItem, parseText, type RenderContext } from '../items';
import { drawTable } from '../../engine/tables';
import type { Run } from '../../engine/text-layout';

export function captionRuns(ctx: RenderContext, label: string | undefined, caption: string | undefined): Run[] | undefined {
  if (!label && !caption) return undefined;
  const runs: Run[] = [];
  if (label) runs.push({ text: caption ? `${label}. ` : label, style: 'bold' });
  if (caption) {
    const tree = parseText(ctx, caption);
    const first = tree.children[0];
    if (first && first.type === 'paragraph') runs.push(...inlineRuns(first.children, undefined, ctx.parent));
  }
  return runs;
}

export function tableItems(block: Table & DerivedBlock, ctx: RenderContext): FlowItem[] {
  const parent = ctx.parent;
  const columns = block.columns.map((title) => ({ title, weight: 1 }));
  const rows = block.rows.map((row) => block.columns.map((_, i) => markdownCell(ctx, row[i])));
  return [{
    startHeight: 60,
    draw: (flow) => {
      if (block.anchor) flow.placeAnchor(block.anchor);
      drawTable(flow, { columns, rows, caption: captionRuns(ctx, block.label, block.caption) }, parent);
    },
  }];
}
