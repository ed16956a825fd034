/** Declared totals must equal the computed sums; budgets said to balance must balance. */
import { formatAmount, formatFte, formatNumber } from '../../derive/format-sv';
import { budgetTotals, staffTotal, staffUnit, sumLines } from '../../derive/sums';
import type { CheckContext } from '../check-context';
import { blocksOfType } from '../walk-plan';

const kr = (n: number) => `${formatAmount(n)} kr`;

export function checkSums(ctx: CheckContext): void {
  for (const { block, path } of blocksOfType(ctx.plan, 'budget')) {
    for (const side of ['costs', 'revenues'] as const) {
      block[side].forEach((group, g) => {
        if (group.declaredTotal === undefined) return;
        const computed = sumLines(group.lines);
        if (computed !== group.declaredTotal) {
          ctx.error('summa-stammer-inte', [...path, side, g, 'declaredTotal'],
            `Gruppens summa är ${kr(group.declaredTotal)} men raderna blir ${kr(computed)} (skillnad ${kr(computed - group.declaredTotal)}).`);
        }
      });
    }
    const totals = budgetTotals(block);
    const declared = block.declaredTotals;
    if (declared?.costs !== undefined && declared.costs !== totals.costs) {
      ctx.error('summa-stammer-inte', [...path, 'declaredTotals', 'costs'],
        `Summa kostnader anges till ${kr(declared.costs)} men raderna blir ${kr(totals.costs)} (skillnad ${kr(totals.costs - declared.costs)}).`);
    }
    if (declared?.revenues !== undefined && declared.revenues !== totals.revenues) {
      ctx.error('summa-stammer-inte', [...path, 'declaredTotals', 'revenues'],
        `Summa intäkter anges till ${kr(declared.revenues)} men raderna blir ${kr(totals.revenues)} (skillnad ${kr(totals.revenues - declared.revenues)}).`);
    }
    if (block.balanced && totals.costs !== totals.revenues) {
      ctx.error('budget-i-obalans', path,
        `Budgeten ska vara i balans men kostnaderna är ${kr(totals.costs)} och intäkterna ${kr(totals.revenues)} (skillnad ${kr(totals.revenues - totals.costs)}). Sätt "balanced: false" om det är avsikten.`);
    }
  }

  for (const { block, path } of blocksOfType(ctx.plan, 'carriedOverFunds')) {
    const computed = sumLines(block.lines);
    if (block.declaredTotal !== undefined && block.declaredTotal !== computed) {
      ctx.error('summa-stammer-inte', [...path, 'declaredTotal'],
        `Summan anges till ${kr(block.declaredTotal)} men raderna blir ${kr(computed)} (skillnad ${kr(computed - block.declaredTotal)}).`);
    }
  }

  for (const { block, path } of blocksOfType(ctx.plan, 'staff')) {
    if (block.declaredTotal === undefined) continue;
    const computed = staffTotal(block);
    if (computed === undefined) {
      ctx.error('personal-blandade-enheter', [...path, 'declaredTotal'],
        'Tabellen blandar årsarbetare (fte) och procent och kan inte summeras; ta bort declaredTotal eller använd en enhet.');
    } else if (Math.abs(computed - block.declaredTotal) > 0.001) {
      const percent = staffUnit(block.lines) === 'percent';
      const show = (n: number) => (percent ? `${formatNumber(n)} %` : `${formatFte(n)} årsarbetare`);
      ctx.error('summa-stammer-inte', [...path, 'declaredTotal'],
        `Summan anges till ${show(block.declaredTotal)} men raderna blir ${show(computed)}.`);
    }
  }
}
