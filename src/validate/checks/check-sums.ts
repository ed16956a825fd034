/**
 * Declared totals must equal the computed sums; budgets said to balance must balance.
 * The sums are the ones the renderers show (shared/sums.ts), compared exactly.
 */
import { equalExact, subtractExact } from '../../shared/exact-decimal';
import { formatAmount, formatExactNumber, formatFte, type Numeric } from '../../shared/format-sv';
import { budgetSums, carriedOverFundsSums, staffSums } from '../../shared/sums';
import type { CheckContext } from '../check-context';
import { blocksOfType } from '../walk-plan';

const kr = (n: Numeric) => `${formatAmount(n)} kr`;

export function checkSums(ctx: CheckContext): void {
  for (const { block, path } of blocksOfType(ctx.plan, 'budget')) {
    const totals = budgetSums(block);
    for (const side of ['costs', 'revenues'] as const) {
      block[side].forEach((group, g) => {
        if (group.declaredTotal === undefined) return;
        const computed = totals.groups[side][g]!;
        if (!equalExact(computed, group.declaredTotal)) {
          ctx.error('summa-stammer-inte', [...path, side, g, 'declaredTotal'],
            `Gruppens summa är ${kr(group.declaredTotal)} men raderna blir ${kr(computed)} (skillnad ${kr(subtractExact(computed, group.declaredTotal))}).`);
        }
      });
    }
    const declared = block.declaredTotals;
    if (declared?.costs !== undefined && !equalExact(declared.costs, totals.costs)) {
      ctx.error('summa-stammer-inte', [...path, 'declaredTotals', 'costs'],
        `Summa kostnader anges till ${kr(declared.costs)} men raderna blir ${kr(totals.costs)} (skillnad ${kr(subtractExact(totals.costs, declared.costs))}).`);
    }
    if (declared?.revenues !== undefined && !equalExact(declared.revenues, totals.revenues)) {
      ctx.error('summa-stammer-inte', [...path, 'declaredTotals', 'revenues'],
        `Summa intäkter anges till ${kr(declared.revenues)} men raderna blir ${kr(totals.revenues)} (skillnad ${kr(subtractExact(totals.revenues, declared.revenues))}).`);
    }
    if (block.balanced && !equalExact(totals.costs, totals.revenues)) {
      ctx.error('budget-i-obalans', path,
        `Budgeten ska vara i balans men kostnaderna är ${kr(totals.costs)} och intäkterna ${kr(totals.revenues)} (skillnad ${kr(totals.result)}). Sätt "balanced: false" om det är avsikten.`);
    }
  }

  for (const { block, path } of blocksOfType(ctx.plan, 'carriedOverFunds')) {
    const computed = carriedOverFundsSums(block).total;
    if (block.declaredTotal !== undefined && !equalExact(block.declaredTotal, computed)) {
      ctx.error('summa-stammer-inte', [...path, 'declaredTotal'],
        `Summan anges till ${kr(block.declaredTotal)} men raderna blir ${kr(computed)} (skillnad ${kr(subtractExact(computed, block.declaredTotal))}).`);
    }
  }

  for (const { block, path } of blocksOfType(ctx.plan, 'staff')) {
    for (const { year, total } of staffSums(block).byYear ?? []) {
      const declared = block.declaredTotals?.[String(year)];
      if (declared !== undefined && !equalExact(total, declared)) {
        ctx.error('summa-stammer-inte', [...path, 'declaredTotals', String(year)],
          `Summan för ${year} anges till ${exactFte(declared)} årsarbetare men raderna blir ${exactFte(total)} årsarbetare.`);
      }
    }
    if (block.declaredTotal === undefined || block.years) continue;
    const { unit, total } = staffSums(block);
    if (total === undefined) {
      ctx.error('personal-blandade-enheter', [...path, 'declaredTotal'],
        'Tabellen blandar årsarbetare (fte) och procent och kan inte summeras; ta bort declaredTotal eller använd en enhet.');
    } else if (!equalExact(total, block.declaredTotal)) {
      // Every decimal: a difference in the third decimal must not read "100 % men raderna blir 100 %".
      const show = (n: Numeric) => (unit === 'percent' ? `${formatExactNumber(n)} %` : `${exactFte(n)} årsarbetare`);
      ctx.error('summa-stammer-inte', [...path, 'declaredTotal'],
        `Summan anges till ${show(block.declaredTotal)} men raderna blir ${show(total)}.`);
    }
  }
}

/** Årsarbetare as plans write them ("3,0"), with every decimal of an exact sum. */
function exactFte(value: Numeric): string {
  const exact = formatExactNumber(value);
  return exact.includes(',') ? exact : formatFte(value);
}
