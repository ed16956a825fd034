/** Next year's area budget keeps its amount and text as a starting point under the new year. */
import { shiftYearAt, type BlockRollForward } from '../../authoring/roll-forward-tools';

export const rollAreaBudgetForward: BlockRollForward = (areaBudget, years) => shiftYearAt(areaBudget, 'year', years);
