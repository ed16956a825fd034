/**
 * An area's budget: the amount ("cirka" only when the plan says it is approximate), the
 * funding sources of the budget and the funding the source places outside it as facts,
 * then the plan's budget text. Without an amount there is
 * no budget line: the plan's text says what it says about the sum.
 */
import type { BlockDeriver, BlockView } from '../../derive/block-deriver';
import type { Fact, Part } from '../../derive/presentation';
import { formatKronor } from '../../shared/format-sv';
import { BUDGET } from '../../shared/words-sv';

export type AreaBudgetView = BlockView<'areaBudget'>;

export const deriveAreaBudget: BlockDeriver<'areaBudget', AreaBudgetView> = (block) => {
  const facts: Fact[] = [];
  if (block.amount !== undefined) {
    facts.push({ label: BUDGET.area(block.year), value: `${block.approximate ? `${BUDGET.approximately} ` : ''}${formatKronor(block.amount)}` });
  }
  if (block.funding.length) facts.push({ label: BUDGET.funding, value: block.funding.join(', ') });
  if (block.fundingOutsideBudget.length) facts.push({ label: BUDGET.fundingOutside, value: block.fundingOutsideBudget.join('; ') });
  const parts: Part[] = facts.length ? [{ kind: 'facts', facts }] : [];
  parts.push({ kind: 'prose', markdown: block.text });
  return { type: 'areaBudget', parts };
};
