/**
 * Every file a checked plan read: plan.yaml, its section files and its figure images, as
 * written (before links are followed). The incremental build signs exactly these, so an
 * edit behind a link inside content/ is seen; the resolver decides what is opened.
 */
import path from 'node:path';
import { isInside } from '../load/resolve-plan-file';
import type { PlanResult } from '../pipeline';
import { blocksOfType } from '../validate/walk-plan';

export function planReads(result: PlanResult): string[] {
  const reads = [...result.loaded.files];
  if (result.plan) {
    for (const { block } of blocksOfType(result.plan, 'figure')) {
      if (!block.image) continue;
      const file = path.resolve(result.loaded.dir, block.image);
      if (isInside(result.loaded.dir, file)) reads.push(file);
    }
  }
  return reads;
}
