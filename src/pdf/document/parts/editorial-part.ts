/**
 * An editorial note: the transcriber's words, never the source's. Set in small italic type
 * after the bold label ("Redaktionell anmärkning:"), indented beside a vertical bar, so that
 * it is visibly apart from the plan's text on paper.
 */
import type { EditorialPart } from '../../../derive/presentation';
import { paragraphRows } from '../../engine/prose';
import { artifact } from '../../engine/tagging';
import { COLOR, CONTENT_WIDTH, SMALL } from '../../engine/theme';
import type { FlowItem, RenderContext } from '../items';

const INDENT = 9;

export function editorialPartItems(part: EditorialPart, ctx: RenderContext): FlowItem[] {
  const p = ctx.parent.child('P');
  const rows = paragraphRows([{ text: `${part.label}: `, style: 'bold' }, { text: part.text, style: 'italic' }], p, { x: INDENT, width: CONTENT_WIDTH - INDENT, style: SMALL });
  const height = rows.reduce((sum, row) => sum + row.height, 0);
  return [{
    startHeight: height + 6,
    draw: (flow) => {
      flow.space(6);
      // A note is short: it is kept on one page, so that the bar runs beside all of it.
      flow.ensure(height);
      const top = flow.y;
      flow.drawRows(rows);
      artifact(flow.doc, 'Layout', () => {
        flow.doc.rect(flow.left, top + 1, 2.5, flow.y - top - 2).fill(COLOR.accent);
      });
      flow.space(4);
    },
  }];
}
