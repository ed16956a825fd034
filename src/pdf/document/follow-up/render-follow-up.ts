/**
 * One follow-up of a plan to one PDF (issue 21): a tertial or half-year report or the annual
 * report (verksamhetsberättelse), with the plan PDF's fonts, tagging, metadata and page
 * furniture: cover with the decision block, table of contents, then the follow-up's
 * sections of parts (summary, goal by goal, budget outcome), charts as tagged vector figures
 * followed by their tables.
 */
import { asFontSource, documentInternals } from '../../engine/pdfkit-internals';
import PDFDocument from 'pdfkit';
import type { DerivedPlan } from '../../../derive/derive-plan';
import type { DerivedFollowUp, FollowUpSection } from '../../../derive/follow-up/follow-up-model';
import { CONTENTS } from '../../../shared/words-sv';
import { metadataText } from '../../engine/control-characters';
import { fonts, registerFonts } from '../../engine/fonts';
import { useCompactOutputIntent } from '../../engine/icc';
import { PageFlow } from '../../engine/flow';
import { useNativeWrites } from '../../engine/pdfkit-writes';
import { FootnoteCounter } from '../../engine/prose';
import { closeMarkedText, StructNode } from '../../engine/tagging';
import { PAGE } from '../../engine/theme';
import type { FlowItem, RenderContext } from '../items';
import { completeMetadata, documentDate, type Conformance } from '../metadata';
import { drawDraftMark, drawRunningFurniture } from '../page-furniture';
import type { RenderOptions, RenderResult } from '../render-plan';
import { headingItem, Outline } from '../sections';
import { drawToc, layoutToc } from '../toc';
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
  const doc = new PDFDocument({
    size: [PAGE.width, PAGE.height],
    margin: 0,
    bufferPages: true,
    tagged: true,
    lang: 'sv-SE',
    displayTitle: true,
    pdfVersion: conformance === 'PDF/A-1b' ? '1.4' : '1.7',
    subset: conformance,
    info: {
      Title: metadataText(followUp.title),
      Author: metadataText(followUp.organisation),
      Subject: metadataText(`${followUp.title}: ${followUp.planTitle}`),
      Keywords: metadataText([followUp.documentKind, followUp.periodLabel, plan.front.metadata.keywords].join(', ')),
      Creator: 'planverk',
      Producer: 'planverk (pdfkit)',
      CreationDate: date,
    },
    font: asFontSource(fonts().regular),
  });
  useNativeWrites(doc);
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const finished = new Promise<void>((resolve, reject) => { doc.on('end', resolve); doc.on('error', reject); });
  try {
    registerFonts(doc);
    useCompactOutputIntent(doc);
    completeMetadata(doc, date, conformance);
    documentInternals(doc).outline.options = { expanded: true };
    // A follow-up of a draft plan is marked like the plan.
    const { draftMark } = plan.front;
    if (draftMark) {
      drawDraftMark(doc, draftMark);
      doc.on('pageAdded', () => drawDraftMark(doc, draftMark));
    }

    const root = new StructNode('Document', null).open(doc);
    const flow = new PageFlow(doc, { anchors: followUpAnchors(followUp.sections) });
    const outline = new Outline(doc.outline as never);
    drawFollowUpCover(flow, followUp, root);

    const tocLayout = followUp.toc.length > 0 ? layoutToc(followUp.toc, flow.pageHeight) : undefined;
    let tocFirstPage = -1;
    let tocHeading: StructNode | undefined;
    let tocNode: StructNode | undefined;
    if (tocLayout) {
      tocHeading = root.child('H1').open(doc);
      tocNode = root.child('TOC').open(doc);
      for (let i = 0; i < tocLayout.pages.length; i++) {
        flow.newPage();
        if (i === 0) { tocFirstPage = flow.pageIndex; outline.add(1, CONTENTS.title, flow.top); }
      }
    }

    flow.newPage();
    const ctx: RenderContext = { plan, contentRoot, prose: { footnotes: new FootnoteCounter() }, parent: root };
    const items: FlowItem[] = followUp.sections.flatMap((section) => sectionItems(section, ctx, outline));
    for (const item of items) item.draw(flow);

    if (tocLayout && tocHeading && tocNode) drawToc(flow, CONTENTS.title, tocLayout, tocFirstPage, flow.anchorPages(), tocHeading, tocNode);
    drawRunningFurniture(doc, { title: followUp.title, organisation: followUp.organisation, draftMark });

    const pages: Record<string, number> = {};
    for (const [anchor, page] of flow.anchorPages()) pages[anchor] = page + 1;
    const pageCount = doc.bufferedPageRange().count;
    closeMarkedText(doc);
    doc.end();
    await finished;
    return { pdf: Buffer.concat(chunks), pages, pageCount };
  } catch (error) {
    doc.removeAllListeners('data');
    throw error;
  }
}
