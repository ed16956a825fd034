/**
 * What a block type's deriver gets and gives. Each block type has one deriver
 * (src/blocks/<type>/derive.ts), listed in block-derivers.ts; it turns the validated block
 * into parts of the presentation model, with numbers, labels and references resolved.
 */
import type { Block, BlockType, Plan, Section } from '../../schemas';
import type { PublishedImages } from '../shared/published-image';
import type { PlanLookups } from './plan-lookups';
import type { Part } from './presentation';

export type BlockOf<K extends BlockType> = Extract<Block, { type: K }>;

/** Where a `[](#id)` link leads and how it reads when its text is empty. */
export interface Reference {
  anchor: string;
  /** "Figur 1", "avsnitt 3.1". */
  label: string;
}

export interface DeriveContext {
  plan: Plan;
  /** The section that holds the block, as written (a wheel's figure looks at its siblings). */
  section: Section;
  /** Field path of the block in the plan, e.g. "sections[2].blocks[1]". */
  fieldPath: string;
  lookups: PlanLookups;
  /** The figure images `npm run check` accepted. */
  images: PublishedImages;
  /** The next number in document order: "Tabell 3", "Figur 2". */
  nextTableNumber(): number;
  nextFigureNumber(): number;
  /** A unique anchor from a text (ids written in the plan are reserved first). */
  slug(text: string): string;
  /** Records a numbered figure's or table's label by anchor (plan.json lists them). */
  recordLabel(anchor: string, label: string): void;
  /** Makes `id` a link target. */
  addReference(id: string, reference: Reference): void;
}

/** A block in the presentation model: its parts, plus what plan.json and links need. */
export interface BlockView<K extends BlockType = BlockType> {
  type: K;
  /** HTML id and PDF destination of the block as a whole. */
  anchor?: string;
  parts: Part[];
}

export type BlockDeriver<K extends BlockType, V extends { type: K } = { type: K }> = (block: BlockOf<K>, ctx: DeriveContext) => V;
