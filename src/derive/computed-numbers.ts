/**
 * The numbers planverk computes for a block and publishes in plan.json under `computed`,
 * one list per kind of block. What a block type publishes is its entry in block-computed.ts
 * (the code in src/blocks/<type>/computed.ts); the numbers come from its derived view, so
 * plan.json, the site and the PDF show the same sums.
 */
import type { BlockType } from '../../schemas';
import type { ExactJsonNumber } from '../shared/exact-json-number';
import type { DerivedBlockOf } from './block-derivers';

export type { ExactJsonNumber } from '../shared/exact-json-number';

/** An entry of each list, without `path` (plan.json puts the block's field path first). */
export interface BlockNumbers {
  budgets: { costs: ExactJsonNumber; revenues: ExactJsonNumber; result: ExactJsonNumber; groups: { title?: string; side: 'costs' | 'revenues'; total: ExactJsonNumber }[] };
  carriedOverFunds: { title: string; total: ExactJsonNumber };
  staff: { unit: string; total?: ExactJsonNumber; byYear?: Record<string, ExactJsonNumber> };
  /** Figure images as published: `image` as written, `url` relative to the plan's folder on the site. */
  images: { image: string; url: string; type: string };
  /** A budget table's sums per typed column id: each group's subtotal and the table's total. */
  budgetTables: { title: string; unit: string; total: Record<string, ExactJsonNumber>; groups: { title: string; total: Record<string, ExactJsonNumber> }[] };
}

export type ComputedList = keyof BlockNumbers;

/** One entry for one of the lists. */
export type BlockComputed = { [L in ComputedList]: { list: L; numbers: BlockNumbers[L] } }[ComputedList];

/** What one block type publishes; `undefined` when a block of it has nothing to publish. */
export type BlockComputedHook<K extends BlockType> = (block: DerivedBlockOf<K>) => BlockComputed | undefined;

/** For block types that compute no numbers of their own. */
export const nothingComputed = (): undefined => undefined;
