/** Next year's budget keeps last year's lines as a starting point under the new year. */
import { shiftYearAt, type BlockRollForward } from '../../authoring/roll-forward-tools';

export const rollBudgetForward: BlockRollForward = (budget, years) => shiftYearAt(budget, 'year', years);
