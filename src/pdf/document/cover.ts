/** The cover page: organisation, title, period, registry number, author, status and approval. */
import path from 'node:path';
import type { DerivedPlan } from '../../derive/derive-plan';
import type { PublishedImage } from '../../shared/published-image';
import { displayPath } from '../../load/display-path';
import { openPicture } from './parts/figure-part';
import { drawSvg } from './svg-figure';
import type { BoxRow, PageFlow } from '../engine/flow';
import { paragraphRows } from '../engine/prose';
import { artifact, type StructNode } from '../engine/tagging';
import type { Run, TextStyle } from '../engine/text-layout';
import { COLOR, CONTENT_WIDTH } from '../engine/theme';

/** The logo's box at the top right of the cover, above the organisation's name. */
const LOGO = { width: 150, height: 52 };

/**
 * The organisation's logo, scaled into its box keeping its proportions and set to the
 * right. An artifact: the organisation's name is printed as text just below it.
 */
function drawLogo(flow: PageFlow, logo: PublishedImage, contentRoot: string): void {
  const picture = openPicture(flow.doc, logo, contentRoot);
  const scale = Math.min(LOGO.width / picture.image.width, LOGO.height / picture.image.height, picture.kind === 'svg' ? 2 : 1);
  const width = picture.image.width * scale;
  const height = picture.image.height * scale;
  const x = flow.left + flow.width - width;
  const y = flow.top;
  artifact(flow.doc, 'Layout', () => {
    if (picture.kind === 'svg') drawSvg(flow.doc, picture.image, x, y, width, height, displayPath(path.join(contentRoot, logo.file)));
    else flow.doc.image(picture.image as never, x, y, { width, height });
  });
}

export function drawCover(flow: PageFlow, plan: DerivedPlan, root: StructNode, contentRoot: string): void {
  const p = plan.plan;
  const { doc } = flow;
  if (plan.front.logo) drawLogo(flow, plan.front.logo, contentRoot);
  const block = (runs: Run[], style: TextStyle, tag: string, color?: string): BoxRow[] =>
    // Names and titles on the cover are never hyphenated ("Sörm-land"); a line breaks between words.
    paragraphRows(runs, root.child(tag), { x: 0, width: CONTENT_WIDTH, style, color, hyphenate: false });

  artifact(doc, 'Layout', () => {
    doc.rect(flow.left, flow.top + 40, 60, 5).fill(COLOR.accent);
  });
  flow.y = flow.top + 60;
  const org = p.organisation.parent ? `${p.organisation.name}\n${p.organisation.parent}` : p.organisation.name;
  flow.drawRows(block([{ text: org, style: 'bold' }], { size: 13, leading: 17 }, 'P', COLOR.accent));
  if (p.organisation.unit) flow.drawRows(block([{ text: p.organisation.unit, style: 'regular' }], { size: 11, leading: 15 }, 'P'));
  flow.y = Math.max(flow.y + 40, flow.top + 170);
  const { front } = plan;
  flow.drawRows(block([{ text: front.title, style: 'bold' }], { size: 28, leading: 33 }, 'H1'));
  if (front.subtitle) { flow.space(6); flow.drawRows(block([{ text: front.subtitle, style: 'regular' }], { size: 15, leading: 20 }, 'P')); }
  if (front.coverKindLine) { flow.space(10); flow.drawRows(block([{ text: front.coverKindLine, style: 'regular' }], { size: 14, leading: 19 }, 'P', COLOR.muted)); }
  if (front.authorLine) { flow.space(6); flow.drawRows(block([{ text: front.authorLine, style: 'regular' }], { size: 12, leading: 16 }, 'P')); }
  // Cover data the source does not give: said right under the title, not at the foot.
  if (front.editorial) {
    flow.space(14);
    flow.drawRows(block([{ text: `${front.editorial.label}:`, style: 'bold' }], { size: 11, leading: 15 }, 'P'));
    for (const line of front.editorial.lines) flow.drawRows(block([{ text: line, style: 'italic' }], { size: 11, leading: 15 }, 'P'));
  }

  // Facts at the foot of the cover; the kind, period and status have their own lines.
  const facts: Run[][] = front.facts.filter((fact) => !fact.ownLineOnCover)
    .map((fact): Run[] => [{ text: `${fact.label}: `, style: 'bold' }, { text: fact.value, style: 'regular', link: fact.href }]);
  const style: TextStyle = { size: 10, leading: 14 };
  const rows: BoxRow[] = [];
  for (const runs of facts) {
    const node = root.child('P');
    for (const run of runs) if (run.link) run.node = node.child('Link');
    rows.push(...paragraphRows(runs, node, { x: 0, width: CONTENT_WIDTH, style }));
  }
  if (rows.length > 0 && front.statusLines.length > 0) rows.push({ height: 8, items: [] });
  for (const line of front.statusLines) rows.push(...block([{ text: line, style: 'bold' }], { size: 11, leading: 15 }, 'P', front.approved ? COLOR.text : '#8a2f3f'));
  if (p.copyright) rows.push(...(rows.length > 0 ? [{ height: 8, items: [] }] : []), ...block([{ text: p.copyright, style: 'regular' }], { size: 9, leading: 12 }, 'P', COLOR.muted));
  // A plan with no facts, no status and no copyright line (status not stated) has no foot, and no rule above it.
  drawCoverFoot(flow, rows);
}

/** The cover's foot (facts, decisions): at the bottom of the page under a rule; nothing when there are no rows. */
export function drawCoverFoot(flow: PageFlow, rows: BoxRow[]): void {
  if (rows.length === 0) return;
  const doc = flow.doc;
  const height = rows.reduce((s, r) => s + r.height, 0);
  flow.y = Math.max(flow.y + 30, flow.bottom - height);
  artifact(doc, 'Layout', () => {
    doc.moveTo(flow.left, flow.y - 10).lineTo(flow.left + flow.width, flow.y - 10).lineWidth(0.5).strokeColor(COLOR.rule).stroke();
  });
  flow.drawRows(rows);
}
