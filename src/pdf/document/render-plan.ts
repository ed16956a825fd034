/**
 * One plan to one PDF: cover, table of contents (pages reserved, filled in at the end),
 * sections, abbreviations; then running header/footer, bookmarks, metadata. Tagged
 * (PDF/UA-1 identifier) and identified as PDF/A-2a, or as PDF/A-1b for the twin used
 * with PDFBox Preflight. Deterministic: fixed dates, ids derived from the content.
 */
import PDFDocument from 'pdfkit';
import type { DerivedPlan, TocEntry } from '../../derive/derive-plan';
import { drawCover } from './cover';
import { prepareSvgFigures } from './svg-figure';
import { fonts, registerFonts } from '../engine/fonts';
import { useCompactOutputIntent } from '../engine/icc';
import { PageFlow } from '../engine/flow';
import { useNativeWrites } from '../engine/pdfkit-writes';
import type { FlowItem, RenderContext } from './items';
import { completeMetadata, documentDate, documentInfo, type Conformance } from './metadata';
import { drawDraftMark, drawPageFurniture } from './page-furniture';
import { FootnoteCounter } from '../engine/prose';
import { headingItem, Outline, sectionItems } from './sections';
import { closeMarkedText, StructNode } from '../engine/tagging';
import { drawTable, runsCell } from '../engine/tables';
import { drawToc, layoutToc } from './toc';
import { PAGE } from '../engine/theme';
import { sortSwedish } from '../../shared/format-sv';

export interface RenderOptions {
  conformance?: Conformance;
}

export const ABBREVIATIONS_ANCHOR = 'forkortningar';

export function tocEntries(plan: DerivedPlan): TocEntry[] {
  const entries = [...plan.toc];
  if (plan.plan.abbreviations.length) entries.push({ anchor: ABBREVIATIONS_ANCHOR, title: 'Förkortningar', level: 1 });
  return entries;
}

export interface RenderResult {
  pdf: Buffer;
  /** 1-based page of each heading anchor. */
  pages: Record<string, number>;
  pageCount: number;
}

export async function renderPlanPdf(plan: DerivedPlan, contentRoot: string, options: RenderOptions = {}): Promise<Buffer> {
  return (await renderPlanPdfWithPages(plan, contentRoot, options)).pdf;
}

export async function renderPlanPdfWithPages(plan: DerivedPlan, contentRoot: string, options: RenderOptions = {}): Promise<RenderResult> {
  const conformance = options.conformance ?? 'PDF/A-2a';
  await prepareSvgFigures(plan);
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
    info: documentInfo(plan, date),
    font: fonts().regular as unknown as string,
  });
  useNativeWrites(doc);
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const finished = new Promise<void>((resolve, reject) => { doc.on('end', resolve); doc.on('error', reject); });
  try {
    registerFonts(doc);
    useCompactOutputIntent(doc);
    completeMetadata(doc, date, conformance);
    (doc.outline as unknown as { options: object }).options = { expanded: true };

    if (plan.plan.status !== 'fastställd') {
      drawDraftMark(doc);
      doc.on('pageAdded', () => drawDraftMark(doc));
    }
    const root = new StructNode('Document', null).open(doc);
    const anchors = new Set<string>([...plan.toc.map((e) => e.anchor), ...Object.values(plan.references).map((r) => r.anchor), ABBREVIATIONS_ANCHOR]);
    const flow = new PageFlow(doc, { anchors });
    const outline = new Outline(doc.outline as never);

    drawCover(flow, plan, root);

    // Reserve the table of contents.
    const entries = tocEntries(plan);
    const tocLayout = plan.plan.toc && entries.length ? layoutToc(entries, flow.pageHeight) : undefined;
    let tocFirstPage = -1;
    let tocHeading: StructNode | undefined;
    let tocNode: StructNode | undefined;
    if (tocLayout) {
      tocHeading = root.child('H1').open(doc);
      tocNode = root.child('TOC').open(doc);
      for (let i = 0; i < tocLayout.pages.length; i++) {
        flow.newPage();
        if (i === 0) { tocFirstPage = flow.pageIndex; outline.add(1, 'Innehåll', flow.top); }
      }
    }

    flow.newPage();
    const ctx: RenderContext = { plan, contentRoot, prose: { footnotes: new FootnoteCounter() }, parent: root };
    const items: FlowItem[] = [];
    for (const section of plan.sections) items.push(...sectionItems(section, ctx, outline));
    if (plan.plan.abbreviations.length) items.push(...abbreviationItems(plan, root, outline));
    for (const item of items) item.draw(flow);

    if (tocLayout && tocHeading && tocNode) drawToc(flow, tocLayout, tocFirstPage, flow.anchorPages(), tocHeading, tocNode);
    drawPageFurniture(doc, plan);

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

function abbreviationItems(plan: DerivedPlan, root: StructNode, outline: Outline): FlowItem[] {
  const sect = root.child('Sect');
  const list = sortSwedish(plan.plan.abbreviations, (a) => a.abbr);
  const table: FlowItem = {
    startHeight: 60,
    draw: (flow) => drawTable(flow, {
      columns: [{ title: 'Förkortning', weight: 1 }, { title: 'Betydelse', weight: 4 }],
      rows: list.map((a) => [runsCell(a.abbr, { rowHeader: true }), runsCell(a.expansion)]),
    }, sect),
  };
  return [headingItem('Förkortningar', 1, sect, ABBREVIATIONS_ANCHOR, outline, () => table), table];
}
