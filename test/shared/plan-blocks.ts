/** The blocks of one type in a plan, as derived and as written, in document order (tests). */
import type { Block, BlockType } from '../../schemas';
import type { DerivedBlockOf } from '../../src/derive/block-derivers';
import { walkSections, type DerivedPlan } from '../../src/derive/derive-plan';

export function blocksOf<K extends BlockType>(derived: DerivedPlan, type: K): DerivedBlockOf<K>[] {
  return [...walkSections(derived.sections)].flatMap((s) => s.blocks).filter((b): b is DerivedBlockOf<K> => b.type === type);
}

export function writtenBlocks<K extends BlockType>(derived: DerivedPlan, type: K): Extract<Block, { type: K }>[] {
  const out: Extract<Block, { type: K }>[] = [];
  const visit = (sections: DerivedPlan['plan']['sections']) => {
    for (const section of sections) {
      for (const block of section.blocks ?? []) if (block.type === type) out.push(block as Extract<Block, { type: K }>);
      visit(section.sections ?? []);
    }
  };
  visit(derived.plan.sections);
  return out;
}
