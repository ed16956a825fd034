/**
 * One follow-up of a plan to one PDF (issue 21): a tertial or half-year report or the annual
 * report (verksamhetsberättelse), with the plan PDF's fonts, tagging, metadata and page
 * furniture: cover with the decision block, table of contents, then the follow-up's
 * sections of parts (summary, goal by goal, budget outcome), charts as tagged vector figures
 * followed by their tables.
 */
import type { DerivedPlan } from '../../../derive/derive-plan';
import type { DerivedFollowUp, FollowUpSection } from '../../../derive/follow-up/follow-up-model';
import { CONTENTS } from '../../../shared/words-sv';
import { metadataText } from '../../engine/control-characters';
import { PageFlow } from '../../engine/flow';
import { FootnoteCounter } from '../../engine/prose';
import { StructNode } from '../../engine/tagging';
import type { FlowItem, RenderContext } from '../items';
import { documentDate, type Conformance } from '../metadata';
import { openDocument } from '../open-document';
import { drawRunningFurniture } from '../page-furniture';
import type { RenderOptions, RenderResult } from '../render-plan';
import { headingItem, Outline } from '../sections';
import { reserveToc } from '../toc';
import { drawFollowUpCover } from './cover';
import { followUpPartItems } from './follow-up-parts';

/** Every anchor the report defines: its sections' and its parts'. Links to others are left as text. */
function followUpAnchors(sections: readonly FollowUpSection[], into = new Set<string>()): Set<string> {
  for (const section of sections) {
    into.add(section.anchor);
    for (const part of section.parts) if ('anchor' in part && part.anchor) into.add(part.anchor);
    followUpAnchors(section.sections, into);
  }
  return into;
}

function sectionItems(section: FollowUpSection, ctx: RenderContext, outline: Outline): FlowItem[] {
  const sect = ctx.parent.child('Sect');
  const inner: RenderContext = { ...ctx, parent: sect };
  const rest: FlowItem[] = [];
  const heading = headingItem(section.number ? `${section.number} ${section.title}` : section.title, section.level, sect, section.anchor, outline, () => rest[0]);
  rest.push(...followUpPartItems(section.parts, inner));
  for (const child of section.sections) rest.push(...sectionItems(child, inner, outline));
  return [heading, ...rest];
}

export async function renderFollowUpPdf(plan: DerivedPlan, followUp: DerivedFollowUp, contentRoot: string, options: RenderOptions = {}): Promise<Buffer> {
  return (await renderFollowUpPdfWithPages(plan, followUp, contentRoot, options)).pdf;
}

export async function renderFollowUpPdfWithPages(plan: DerivedPlan, followUp: DerivedFollowUp, contentRoot: string, options: RenderOptions = {}): Promise<RenderResult> {
  const conformance: Conformance = options.conformance ?? 'PDF/A-2a';
  const date = documentDate(plan);
  // A follow-up of a draft plan is marked like the plan.
  const { draftMark } = plan.front;
  const { doc, finish, abandon } = openDocument({
    info: {
      Title: metadataText(followUp.title),
      Author: metadataText(followUp.organisation),
      Subject: metadataText(`${followUp.title}: ${followUp.planTitle}`),
      Keywords: metadataText([followUp.documentKind, followUp.periodLabel, plan.front.metadata.keywords].join(', ')),
      Creator: 'planverk',
      Producer: 'planverk (pdfkit)',
      CreationDate: date,
    },
    date,
    conformance,
    draftMark,
  });
  try {
    const root = new StructNode('Document', null).open(doc);
    const flow = new PageFlow(doc, { anchors: followUpAnchors(followUp.sections) });
    const outline = new Outline(doc.outline as never);
    drawFollowUpCover(flow, followUp, root);

    const toc = followUp.toc.length > 0 ? reserveToc(flow, root, outline, CONTENTS.title, followUp.toc) : undefined;

    flow.newPage();
    const ctx: RenderContext = { plan, contentRoot, prose: { footnotes: new FootnoteCounter() }, parent: root };
    const items: FlowItem[] = followUp.sections.flatMap((section) => sectionItems(section, ctx, outline));
    for (const item of items) item.draw(flow);

    toc?.draw();
    drawRunningFurniture(doc, { title: followUp.title, organisation: followUp.organisation, draftMark });

    const pages: Record<string, number> = {};
    for (const [anchor, page] of flow.anchorPages()) pages[anchor] = page + 1;
    const pageCount = doc.bufferedPageRange().count;
    return { pdf: await finish(), pages, pageCount };
  } catch (error) {
    abandon();
    throw error;
  }
}
