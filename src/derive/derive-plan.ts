/**
 * From a validated plan to the model both renderers read: section numbers, anchors,
 * the table of contents, and figure and table numbers. Computed once, here.
 */
import GithubSlugger from 'github-slugger';
import type { Plan, Section } from '../../schemas';
import type { PublishedImages } from '../shared/published-image';
import { REFERENCE } from '../shared/words-sv';
import { typeset } from '../markdown/plain-text';
import { declaredIds } from '../validate/block-ids';
import type { ValidatedFollowUp } from '../validate/validate-follow-ups';
import type { DeriveContext, Reference } from './block-deriver';
import { deriveBlock, type DerivedBlock } from './block-derivers';
import { deriveFollowUps, latestActivityStatus } from './follow-up/derive-follow-up';
import type { DerivedFollowUp } from './follow-up/follow-up-model';
import { planLookups } from './plan-lookups';
import { planFront, type PlanFront, type TocEntry } from './plan-front';

export type { DerivedBlock, DerivedBlockOf } from './block-derivers';
export type { Reference } from './block-deriver';
export type { PlanFact, PlanFront, TocEntry } from './plan-front';

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

export interface DerivedPlan {
  /** Folder name of the plan. */
  id: string;
  plan: Plan;
  sections: DerivedSection[];
  toc: TocEntry[];
  /** What the page header, the cover, the metadata and the page furniture say about the plan. */
  front: PlanFront;
  /** Figure and table labels by anchor: { "figur-arshjul": "Figur 1" }. */
  labels: Record<string, string>;
  /** Targets of `[](#id)` links: section, figure and table ids. */
  references: Record<string, Reference>;
  /**
   * The plan's follow-ups (uppfoljning-*.yaml), in period order; present only when the plan
   * folder has follow-up files, so a plan without them has the same model as before.
   */
  followUps?: DerivedFollowUp[];
  /**
   * Per activity id: its status in the latest follow-up that gives one ("Genomförd, T2 2020")
   * and that follow-up's id, for the plan page; present with `followUps`.
   */
  latestActivityStatus?: Record<string, DerivedFollowUp['activityStatus'][string] & { followUpId: string }>;
}

/** The heading as printed: "3.1.1 Initiera, stödja …" (or the bare title when unnumbered). */
export function headingText(section: DerivedSection): string {
  return section.number ? `${section.number} ${section.title}` : section.title;
}

/**
 * @param images the figure images `npm run check` accepted (validatePlan's result)
 * @param followUps the follow-up files that passed their checks (validatePlan's result)
 */
export function derivePlan(id: string, plan: Plan, images: PublishedImages = new Map(), followUps?: readonly ValidatedFollowUp[]): DerivedPlan {
  const slugger = new GithubSlugger();
  const references: Record<string, Reference> = {};
  const labels: Record<string, string> = {};
  const toc: TocEntry[] = [];
  let figureCount = 0;
  let tableCount = 0;

  // Explicit ids are reserved first so that generated anchors never collide with them.
  const reserve = (sections: readonly Section[]) => {
    for (const section of sections) {
      if (section.id) slugger.slug(section.id);
      // Every explicit id is an HTML id on the page, goals', wheels' and budgets' too.
      for (const block of section.blocks ?? []) for (const { id } of declaredIds(block)) slugger.slug(id);
      reserve(section.sections ?? []);
    }
  };
  reserve(plan.sections);

  const lookups = planLookups(plan);
  const context = (section: Section, fieldPath: string): DeriveContext => ({
    plan, section, fieldPath, lookups, images,
    nextFigureNumber: () => ++figureCount,
    nextTableNumber: () => ++tableCount,
    slug: (text) => slugger.slug(text),
    addReference: (refId, reference) => { references[refId] = reference; },
    recordLabel: (anchor, label) => { labels[anchor] = label; },
  });

  const deriveSections = (sections: readonly Section[], parentNumber: string | undefined, numbered: boolean, level: number, at: string, parentInToc = true): DerivedSection[] => {
    let counter = 0;
    return sections.map((section, index) => {
      const isNumbered = numbered && section.numbered !== false;
      const number = isNumbered ? (parentNumber ? `${parentNumber}.${++counter}` : String(++counter)) : undefined;
      const anchor = section.id ?? slugger.slug(section.title);
      const fieldPath = `${at}[${index}]`;
      // Headings are typeset like running text (”…”, ’, no-break spaces in numbers), once for both media.
      const title = typeset(section.title);
      if (section.id) references[section.id] = { anchor, label: number ? REFERENCE.section(number) : title };
      const inToc = parentInToc && section.toc !== false;
      if (inToc) toc.push({ anchor, number, title, level });
      const blocks = (section.blocks ?? []).map((block, b) => deriveBlock(block, context(section, `${fieldPath}.blocks[${b}]`)) as DerivedBlock);
      const children = deriveSections(section.sections ?? [], number, isNumbered, level + 1, `${fieldPath}.sections`, inToc);
      return { anchor, number, level, inToc, title, body: section.body, blocks, sections: children, fieldPath };
    });
  };

  const sections = deriveSections(plan.sections, undefined, plan.numbering, 1, 'sections');
  const derivedFollowUps = followUps?.length ? deriveFollowUps(id, plan, followUps) : undefined;
  const logo = plan.logo ? images.get(plan.logo) : undefined;
  return {
    id, plan, sections, toc, front: { ...planFront(plan, toc), ...(logo ? { logo } : {}) }, labels, references,
    ...(derivedFollowUps ? { followUps: derivedFollowUps, latestActivityStatus: latestActivityStatus(derivedFollowUps) } : {}),
  };
}

/** Every section in document order, depth first. */
export function* walkSections(sections: readonly DerivedSection[]): Generator<DerivedSection> {
  for (const section of sections) {
    yield section;
    yield* walkSections(section.sections);
  }
}
