/**
 * The follow-up report's cover (issue 21): organisation, the report's title ("Tertialrapport
 * 2 2020"), period, the plan it follows up, and at the foot its facts (among them the date
 * of the report's state, so `asOf` is not repeated) and decision block,
 * in the plan cover's type sizes (cover.ts).
 */
import type { DerivedFollowUp } from '../../../derive/follow-up/follow-up-model';
import type { BoxRow, PageFlow } from '../../engine/flow';
import { paragraphRows } from '../../engine/prose';
import { artifact, type StructNode } from '../../engine/tagging';
import type { Run, TextStyle } from '../../engine/text-layout';
import { COLOR, CONTENT_WIDTH } from '../../engine/theme';
import { drawCoverFoot } from '../cover';

export function drawFollowUpCover(flow: PageFlow, followUp: DerivedFollowUp, root: StructNode): void {
  const { doc } = flow;
  const block = (runs: Run[], style: TextStyle, tag: string, color?: string): BoxRow[] =>
    paragraphRows(runs, root.child(tag), { x: 0, width: CONTENT_WIDTH, style, color, hyphenate: false });

  artifact(doc, 'Layout', () => {
    doc.rect(flow.left, flow.top + 40, 60, 5).fill(COLOR.accent);
  });
  flow.y = flow.top + 60;
  flow.drawRows(block([{ text: followUp.organisation, style: 'bold' }], { size: 13, leading: 17 }, 'P', COLOR.accent));
  flow.y = Math.max(flow.y + 40, flow.top + 170);
  flow.drawRows(block([{ text: followUp.title, style: 'bold' }], { size: 28, leading: 33 }, 'H1'));
  flow.space(10);
  flow.drawRows(block([{ text: followUp.periodLabel, style: 'regular' }], { size: 14, leading: 19 }, 'P', COLOR.muted));
  flow.space(6);
  flow.drawRows(block([{ text: followUp.planTitle, style: 'regular' }], { size: 12, leading: 16 }, 'P'));

  // Facts, then the decision block, at the foot of the cover.
  const rows: BoxRow[] = [];
  for (const fact of followUp.facts) {
    rows.push(...block([{ text: `${fact.label}: `, style: 'bold' }, { text: fact.value, style: 'regular' }], { size: 10, leading: 14 }, 'P'));
  }
  if (rows.length > 0 && followUp.decisions.length > 0) rows.push({ height: 8, items: [] });
  for (const decision of followUp.decisions) rows.push(...block([{ text: decision, style: 'bold' }], { size: 11, leading: 15 }, 'P'));
  drawCoverFoot(flow, rows);
}
