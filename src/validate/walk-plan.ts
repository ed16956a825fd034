/** Walks every value of a plan with its field path, for checks that look at all text. */
import type { Block, Plan, Section } from '../../schemas';
import type { PathSegment } from '../load/field-path';

export function walkStrings(value: unknown, path: PathSegment[], visit: (text: string, path: PathSegment[]) => void): void {
  if (typeof value === 'string') visit(value, path);
  else if (Array.isArray(value)) value.forEach((item, i) => walkStrings(item, [...path, i], visit));
  else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) walkStrings(item, [...path, key], visit);
  }
}

export interface LocatedSection { section: Section; path: PathSegment[] }
export interface LocatedBlock { block: Block; path: PathSegment[]; section: Section }

export function* sectionsOf(plan: Plan): Generator<LocatedSection> {
  function* walk(sections: readonly Section[], at: PathSegment[]): Generator<LocatedSection> {
    for (const [i, section] of sections.entries()) {
      const path = [...at, i];
      yield { section, path };
      yield* walk(section.sections ?? [], [...path, 'sections']);
    }
  }
  yield* walk(plan.sections, ['sections']);
}

export function* blocksOf(plan: Plan): Generator<LocatedBlock> {
  for (const { section, path } of sectionsOf(plan)) {
    for (const [i, block] of (section.blocks ?? []).entries()) yield { block, path: [...path, 'blocks', i], section };
  }
}

/** Blocks of one type, typed. */
export function* blocksOfType<T extends Block['type']>(plan: Plan, type: T): Generator<LocatedBlock & { block: Extract<Block, { type: T }> }> {
  for (const located of blocksOf(plan)) {
    if (located.block.type === type) yield located as LocatedBlock & { block: Extract<Block, { type: T }> };
  }
}
