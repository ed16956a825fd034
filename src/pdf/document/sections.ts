/**
 * Sections: a numbered heading (H1–H6, numbers exactly as derived for the site), the
 * Markdown body with its footnotes, the blocks, then the subsections. Each heading is
 * kept with the start of what follows it and gets a bookmark and a named destination.
 */
import type { DerivedBlock, DerivedBlockOf, DerivedSection } from '../../derive/derive-plan';
import type { Part } from '../../derive/presentation';
import { partItems } from './part-renderers';
import { headingText } from '../../derive/derive-plan';
import type { BlockType } from '../../../schemas';
import type { PageFlow } from '../engine/flow';
import { markdownItems, type FlowItem, type RenderContext } from './items';
import { paragraphRows } from '../engine/prose';
import type { StructNode } from '../engine/tagging';
import { COLOR, CONTENT_WIDTH, HEADING, PAGE } from '../engine/theme';
import { withoutControlCharacters } from '../engine/control-characters';

type OutlineItem = PDFKit.PDFOutline & {
  addItem(title: string, options?: Record<string, unknown>): OutlineItem;
  options: Record<string, unknown>;
  outlineData: Record<string, unknown>;
};

/**
 * The bookmarks, all open. pdfkit writes an open item's Count as its number of children,
 * but ISO 32000-1 (12.3.3) wants the number of visible descendants at all levels (and
 * the same total for the outline root); pdfcpu rejects the difference. So pdfkit is told
 * the items are closed (then it writes no Count) and the counts are kept here.
 */
export class Outline {
  private readonly stack: OutlineItem[] = [];
  constructor(private readonly root: OutlineItem) {
    root.options = { ...root.options, expanded: false };
  }
  add(level: number, title: string, y: number): void {
    this.stack.length = Math.min(this.stack.length, level - 1);
    const ancestors = [this.root, ...this.stack.filter(Boolean)];
    const item = ancestors.at(-1)!.addItem(withoutControlCharacters(title), { expanded: false, top: y, left: PAGE.width });
    for (const open of ancestors) open.outlineData.Count = ((open.outlineData.Count as number | undefined) ?? 0) + 1;
    this.stack[level - 1] = item;
  }
}

/** A heading as a flow item; `next` is what it must stay with. */
export function headingItem(text: string, level: number, parent: StructNode, anchor: string | undefined, outline: Outline, next: () => FlowItem | undefined): FlowItem {
  const style = HEADING[Math.min(level, 4)]!;
  const node = parent.child(`H${Math.min(level, 6)}`);
  const rows = paragraphRows([{ text, style: 'bold' }], node, { x: 0, width: CONTENT_WIDTH, style, color: COLOR.accent, hyphenate: false });
  const height = rows.reduce((s, r) => s + r.height, 0);
  return {
    // A getter: what follows is known only once the section's items are all built.
    get startHeight() { return style.before + height + style.after + (next()?.startHeight ?? 0); },
    draw: (flow: PageFlow) => {
      const keep = Math.min(height + style.after + (next()?.startHeight ?? 0), flow.pageHeight * 0.6);
      if (!flow.atTop) flow.space(style.before);
      flow.ensure(keep);
      if (anchor) flow.placeAnchor(anchor);
      outline.add(level, text, flow.y);
      // Rows of a heading are never split from each other.
      flow.drawRows(rows.map((row) => ({ ...row, group: undefined })));
      flow.space(style.after);
    },
  };
}

type PdfBlockRenderer<K extends BlockType> = (block: DerivedBlockOf<K>, ctx: RenderContext, section: DerivedSection) => FlowItem[];

const parts = (block: { parts: readonly Part[] }, ctx: RenderContext) => partItems(block.parts, ctx);

/**
 * The PDF's renderer of every block type. Blocks in the presentation model are their parts
 * (part-renderers.ts). The `satisfies` makes a block type without an entry a compile error.
 */
export const PDF_BLOCKS = {
  text: parts,
  figure: parts,
  table: parts,
  coreArea: parts,
  strategicGoals: parts,
  goalTable: parts,
  programLogic: parts,
  resultGoals: parts,
  assignmentTable: parts,
  actionPlan: parts,
  fundedRoles: parts,
  wheel: (block, ctx) => [...(block.anchor ? [anchorItem(block.anchor)] : []), ...parts(block, ctx)],
  budget: (block, ctx) => [...(block.anchor ? [anchorItem(block.anchor)] : []), ...parts(block, ctx)],
  carriedOverFunds: parts,
  areaBudget: parts,
  staff: parts,
  budgetTable: (block, ctx) => [...(block.anchor ? [anchorItem(block.anchor)] : []), ...parts(block, ctx)],
  goalModel: parts,
} satisfies { [K in BlockType]: PdfBlockRenderer<K> };

function blockItems(block: DerivedBlock, ctx: RenderContext, section: DerivedSection): FlowItem[] {
  return (PDF_BLOCKS[block.type] as PdfBlockRenderer<BlockType>)(block as never, ctx, section);
}

/** A link target at the current position (kept with what follows). */
function anchorItem(anchor: string): FlowItem {
  return { startHeight: 0, draw: (flow) => flow.placeAnchor(anchor) };
}

export function sectionItems(section: DerivedSection, ctx: RenderContext, outline: Outline): FlowItem[] {
  const sect = ctx.parent.child('Sect');
  const inner: RenderContext = { ...ctx, parent: sect };
  const items: FlowItem[] = [];
  const rest: FlowItem[] = [];
  items.push(headingItem(headingText(section), section.level, sect, section.anchor, outline, () => rest[0]));
  if (section.body) rest.push(...markdownItems(inner, section.body, sect, CONTENT_WIDTH));
  for (const block of section.blocks) rest.push(...blockItems(block, inner, section));
  for (const child of section.sections) rest.push(...sectionItems(child, inner, outline));
  items.push(...rest);
  return items;
}
