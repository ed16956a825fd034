/**
 * One plan to one PDF: cover, table of contents (pages reserved, filled in at the end),
 * sections, abbreviations; then running header/footer, bookmarks, metadata. Tagged
 * (PDF/UA-1 identifier) and identified as PDF/A-2a, or as PDF/A-1b for the twin used
 * with PDFBox Preflight. Deterministic: fixed dates, ids derived from the content.
 */
import type { DerivedPlan, PlanFront, TocEntry } from '../../derive/derive-plan';
import { drawCover } from './cover';
import { drawColophon, type SourceInfo } from './colophon';
import { prepareSvgFigures } from './svg-figure';
import { PageFlow, type Placement } from '../engine/flow';
import type { FlowItem, RenderContext } from './items';
import { documentDate, documentInfo, type Conformance } from './metadata';
import { openDocument } from './open-document';
import { drawPageFurniture } from './page-furniture';
import { FootnoteCounter } from '../engine/prose';
import { headingItem, Outline, sectionItems } from './sections';
import { StructNode } from '../engine/tagging';
import { runsCell, tableItem } from '../engine/tables';
import { reserveToc } from './toc';

export interface RenderOptions {
  conformance?: Conformance;
  /** Return where each paragraph line and table row was placed (for the pagination tests). */
  record?: boolean;
  /** The source as the build read it, for the colophon (date, commit); without it only the version is printed. */
  source?: SourceInfo;
}

/** The entries of the table of contents the PDF prints (none when the plan has it turned off). */
export function tocEntries(plan: DerivedPlan): TocEntry[] {
  return plan.front.contents?.entries ?? [];
}

export interface RenderResult {
  pdf: Buffer;
  /** 1-based page of each heading anchor. */
  pages: Record<string, number>;
  pageCount: number;
  /** With `record`: each paragraph line and table row of the flow and its 1-based page. */
  placements?: Placement[];
}

export async function renderPlanPdf(plan: DerivedPlan, contentRoot: string, options: RenderOptions = {}): Promise<Buffer> {
  return (await renderPlanPdfWithPages(plan, contentRoot, options)).pdf;
}

export async function renderPlanPdfWithPages(plan: DerivedPlan, contentRoot: string, options: RenderOptions = {}): Promise<RenderResult> {
  const conformance = options.conformance ?? 'PDF/A-2a';
  await prepareSvgFigures(plan);
  const date = documentDate(plan);
  const { draftMark, contents, abbreviations } = plan.front;
  const { doc, finish, abandon } = openDocument({ info: documentInfo(plan, date), date, conformance, draftMark });
  try {
    const root = new StructNode('Document', null).open(doc);
    const anchors = new Set<string>([...plan.toc.map((e) => e.anchor), ...Object.values(plan.references).map((r) => r.anchor), ...(abbreviations ? [abbreviations.anchor] : [])]);
    const placements: Placement[] | undefined = options.record ? [] : undefined;
    const flow = new PageFlow(doc, { anchors }, [], placements);
    const outline = new Outline(doc.outline as never);

    drawCover(flow, plan, root, contentRoot);

    const toc = contents ? reserveToc(flow, root, outline, contents.title, contents.entries) : undefined;

    flow.newPage();
    const ctx: RenderContext = { plan, contentRoot, prose: { footnotes: new FootnoteCounter() }, parent: root };
    const items: FlowItem[] = [];
    for (const section of plan.sections) items.push(...sectionItems(section, ctx, outline));
    if (abbreviations) items.push(...abbreviationItems(abbreviations, root, outline));
    for (const item of items) item.draw(flow);
    drawColophon(flow, options.source, root);

    toc?.draw();
    drawPageFurniture(doc, plan);

    const pages: Record<string, number> = {};
    for (const [anchor, page] of flow.anchorPages()) pages[anchor] = page + 1;
    const pageCount = doc.bufferedPageRange().count;
    return { pdf: await finish(), pages, pageCount, ...(placements ? { placements: placements.map((p) => (p.kind === 'line' ? { ...p, page: p.page + 1 } : { ...p, page: p.page + 1, lastPage: p.lastPage + 1 })) } : {}) };
  } catch (error) {
    abandon();
    throw error;
  }
}

function abbreviationItems(abbreviations: NonNullable<PlanFront['abbreviations']>, root: StructNode, outline: Outline): FlowItem[] {
  const sect = root.child('Sect');
  const { columns, entries } = abbreviations;
  const table: FlowItem = tableItem({
    columns: [{ title: columns.abbreviation, weight: 1 }, { title: columns.expansion, weight: 4 }],
    rows: entries.map((a) => [runsCell(a.abbr, { rowHeader: true }), runsCell(a.expansion)]),
  }, sect);
  return [headingItem(abbreviations.title, 1, sect, abbreviations.anchor, outline, () => table), table];
}
