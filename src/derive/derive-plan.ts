/**
 * From a validated plan to the model both renderers read: section numbers, anchors,
 * the table of contents, and figure and table numbers. Computed once, here.
 */
import GithubSlugger from 'github-slugger';
import type { Block, Plan, Section } from '../../schemas';
import { blockSums, type BudgetSums, type LinesSum, type StaffSums } from '../shared/sums';
import type { PublishedImage, PublishedImages } from '../shared/published-image';

/** Blocks with sums carry them, computed once here (exactly, see sums.ts). */
type WithSums<B> =
  B extends { type: 'budget' } ? B & { sums: BudgetSums }
    : B extends { type: 'carriedOverFunds' } ? B & { sums: LinesSum }
      : B extends { type: 'staff' } ? B & { sums: StaffSums }
        : B;

export type DerivedBlock = WithSums<Block> & {
  /** Anchor for figures and tables, e.g. "figur-arshjul". */
  anchor?: string;
  /** "Figur 1", "Tabell 2". */
  label?: string;
  /** A figure's image as the check resolved it: the one file and name every renderer uses. */
  published?: PublishedImage;
};

/** The derived form of one block type, e.g. `DerivedBlockOf<'budget'>`. */
export type DerivedBlockOf<T extends Block['type']> = Extract<DerivedBlock, { type: T }>;

export interface DerivedSection {
  anchor: string;
  /** "3.1.1", or undefined for unnumbered sections. */
  number?: string;
  /** 1 for top-level sections. */
  level: number;
  /** False for sections left out of the table of contents (recurring sub-headings). */
  inToc: boolean;
  title: string;
  body?: string;
  blocks: DerivedBlock[];
  sections: DerivedSection[];
  /** Field path in the plan, e.g. "sections[2].sections[0]". */
  fieldPath: string;
}

export interface TocEntry {
  anchor: string;
  number?: string;
  title: string;
  level: number;
}

export interface Reference {
  anchor: string;
  /** How a link with empty text reads: "Figur 1", "avsnitt 3.1". */
  label: string;
}

export interface DerivedPlan {
  /** Folder name of the plan. */
  id: string;
  plan: Plan;
  sections: DerivedSection[];
  toc: TocEntry[];
  /** Targets of `[](#id)` links: section, figure and table ids. */
  references: Record<string, Reference>;
}

/** The heading as printed: "3.1.1 Initiera, stödja …" (or the bare title when unnumbered). */
export function headingText(section: DerivedSection): string {
  return section.number ? `${section.number} ${section.title}` : section.title;
}

/** @param images the figure images `npm run check` accepted (validatePlan's result) */
export function derivePlan(id: string, plan: Plan, images: PublishedImages = new Map()): DerivedPlan {
  const slugger = new GithubSlugger();
  const references: Record<string, Reference> = {};
  const toc: TocEntry[] = [];
  let figureCount = 0;
  let tableCount = 0;

  // Explicit ids are reserved first so that generated anchors never collide with them.
  const reserve = (sections: readonly Section[]) => {
    for (const section of sections) {
      if (section.id) slugger.slug(section.id);
      for (const block of section.blocks ?? []) {
        // Every explicit id is an HTML id on the page, goals', wheels' and budgets' too.
        if ((block.type === 'figure' || block.type === 'table' || block.type === 'wheel' || block.type === 'budget') && block.id) slugger.slug(block.id);
        if (block.type === 'strategicGoals' || block.type === 'resultGoals') for (const goal of block.goals) slugger.slug(goal.id);
      }
      reserve(section.sections ?? []);
    }
  };
  reserve(plan.sections);

  const deriveBlock = (block: Block): DerivedBlock => {
    if (block.type === 'figure') {
      const label = `Figur ${++figureCount}`;
      const anchor = block.id;
      references[block.id] = { anchor, label };
      const published = block.image && !block.missing ? images.get(block.image) : undefined;
      return { ...block, anchor, label, ...(published ? { published } : {}) };
    }
    if (block.type === 'table') {
      const label = `Tabell ${++tableCount}`;
      const anchor = block.id ?? slugger.slug(`tabell-${tableCount}`);
      if (block.id) references[block.id] = { anchor, label };
      return { ...block, anchor, label };
    }
    if (block.type === 'budget' || block.type === 'carriedOverFunds' || block.type === 'staff') {
      return { ...block, sums: blockSums(block) } as DerivedBlock;
    }
    return block;
  };

  const deriveSections = (sections: readonly Section[], parentNumber: string | undefined, numbered: boolean, level: number, at: string, parentInToc = true): DerivedSection[] => {
    let counter = 0;
    return sections.map((section, index) => {
      const isNumbered = numbered && section.numbered !== false;
      const number = isNumbered ? (parentNumber ? `${parentNumber}.${++counter}` : String(++counter)) : undefined;
      const anchor = section.id ?? slugger.slug(section.title);
      const fieldPath = `${at}[${index}]`;
      if (section.id) references[section.id] = { anchor, label: number ? `avsnitt ${number}` : section.title };
      const inToc = parentInToc && section.toc !== false;
      if (inToc) toc.push({ anchor, number, title: section.title, level });
      const blocks = (section.blocks ?? []).map(deriveBlock);
      const children = deriveSections(section.sections ?? [], number, isNumbered, level + 1, `${fieldPath}.sections`, inToc);
      return { anchor, number, level, inToc, title: section.title, body: section.body, blocks, sections: children, fieldPath };
    });
  };

  const sections = deriveSections(plan.sections, undefined, plan.numbering, 1, 'sections');
  return { id, plan, sections, toc, references };
}

/** Every section in document order, depth first. */
export function* walkSections(sections: readonly DerivedSection[]): Generator<DerivedSection> {
  for (const section of sections) {
    yield section;
    yield* walkSections(section.sections);
  }
}
