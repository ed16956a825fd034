/**
 * The caption of a figure: "Figur 1. " in bold, then its Markdown. (The plain table block is
 * a table part now; this stays for figure.ts until the figure moves to the presentation model.)
 */
import { inlineRuns } from '../../engine/prose';
import { parseText, type RenderContext } from '../items';
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
