/** The total of carried-over funds as plan.json publishes it. */
import type { BlockComputedHook } from '../../derive/computed-numbers';
import { exactJsonNumber } from '../../shared/exact-json-number';

export const carriedOverFundsComputed: BlockComputedHook<'carriedOverFunds'> = (funds) =>
  ({ list: 'carriedOverFunds', numbers: { title: funds.title, total: exactJsonNumber(funds.sums.total) } });
