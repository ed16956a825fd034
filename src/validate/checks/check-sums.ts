/**
 * Declared totals must equal the computed sums; budgets said to balance must balance.
 * The sums are the ones the renderers show (shared/sums.ts), compared exactly.
 */
import { compareExact, equalExact, subtractExact } from '../../shared/exact-decimal';
import { formatAmount, formatExactNumber, formatFte, type Numeric } from '../../shared/format-sv';
import { budgetSums, carriedOverFundsSums, staffSums } from '../../shared/sums';
import type { CheckContext } from '../check-context';
import { blocksOfType } from '../walk-plan';
import { sumHint, suspectLine, type SummedLine } from './sum-hint';

const kr = (n: Numeric) => `${formatAmount(n)} kr`;

/** The lines of budget groups with their paths, for the hint of what to change. */
function groupLines(groups: readonly { lines: readonly { label: string; amount: number }[] }[], at: readonly (string | number)[], firstGroup = 0): SummedLine[] {
  return groups.flatMap((group, g) => group.lines.map((line, l) => ({ label: line.label, amount: line.amount, path: [...at, firstGroup + g, 'lines', l, 'amount'] })));
}

export function checkSums(ctx: CheckContext): void {
  for (const { block, path } of blocksOfType(ctx.plan, 'budget')) {
    const totals = budgetSums(block);
    for (const side of ['costs', 'revenues'] as const) {
      block[side].forEach((group, g) => {
        if (group.declaredTotal === undefined) return;
        const computed = totals.groups[side][g]!;
        if (!equalExact(computed, group.declaredTotal)) {
          ctx.error('summa-stammer-inte', [...path, side, g, 'declaredTotal'],
            `Gruppens summa är ${kr(group.declaredTotal)} men raderna blir ${kr(computed)} (skillnad ${kr(subtractExact(computed, group.declaredTotal))}).` +
            sumHint(ctx, group.declaredTotal, computed, groupLines([group], [...path, side], g), kr));
        }
      });
    }
    const declared = block.declaredTotals;
    if (declared?.costs !== undefined && !equalExact(declared.costs, totals.costs)) {
      ctx.error('summa-stammer-inte', [...path, 'declaredTotals', 'costs'],
        `Summa kostnader anges till ${kr(declared.costs)} men raderna blir ${kr(totals.costs)} (skillnad ${kr(subtractExact(totals.costs, declared.costs))}).` +
        sumHint(ctx, declared.costs, totals.costs, groupLines(block.costs, [...path, 'costs']), kr));
    }
    if (declared?.revenues !== undefined && !equalExact(declared.revenues, totals.revenues)) {
      ctx.error('summa-stammer-inte', [...path, 'declaredTotals', 'revenues'],
        `Summa intäkter anges till ${kr(declared.revenues)} men raderna blir ${kr(totals.revenues)} (skillnad ${kr(subtractExact(totals.revenues, declared.revenues))}).` +
        sumHint(ctx, declared.revenues, totals.revenues, groupLines(block.revenues, [...path, 'revenues']), kr));
    }
    if (block.balanced && !equalExact(totals.costs, totals.revenues)) {
      ctx.error('budget-i-obalans', path,
        `Budgeten ska vara i balans men kostnaderna är ${kr(totals.costs)} och intäkterna ${kr(totals.revenues)} (skillnad ${kr(totals.result)}). ${balanceHint(ctx, totals.result, groupLines(block.costs, [...path, 'costs']), groupLines(block.revenues, [...path, 'revenues']))} Sätt "balanced: false" om budgeten inte ska vara i balans.`);
    }
  }

  for (const { block, path } of blocksOfType(ctx.plan, 'carriedOverFunds')) {
    const computed = carriedOverFundsSums(block).total;
    if (block.declaredTotal !== undefined && !equalExact(block.declaredTotal, computed)) {
      ctx.error('summa-stammer-inte', [...path, 'declaredTotal'],
        `Summan anges till ${kr(block.declaredTotal)} men raderna blir ${kr(computed)} (skillnad ${kr(subtractExact(computed, block.declaredTotal))}).` +
        sumHint(ctx, block.declaredTotal, computed, block.lines.map((line, l) => ({ label: line.label, amount: line.amount, path: [...path, 'lines', l, 'amount'] })), kr));
    }
  }

  for (const { block, path } of blocksOfType(ctx.plan, 'staff')) {
    for (const { year, total } of staffSums(block).byYear ?? []) {
      const declared = block.declaredTotals?.[String(year)];
      if (declared !== undefined && !equalExact(total, declared)) {
        ctx.error('summa-stammer-inte', [...path, 'declaredTotals', String(year)],
          `Summan för ${year} anges till ${exactFte(declared)} årsarbetare men raderna blir ${exactFte(total)} årsarbetare. Ändra summan till ${exactFte(total)} årsarbetare, eller raderna för ${year} så att de tillsammans blir ${exactFte(absolute(subtractExact(declared, total)))} årsarbetare ${compareExact(declared, total) > 0 ? 'mer' : 'mindre'}.`);
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
        `Summan anges till ${show(block.declaredTotal)} men raderna blir ${show(total)}. Ändra summan till ${show(total)}, eller raderna så att de tillsammans blir ${show(absolute(subtractExact(block.declaredTotal, total)))} ${compareExact(block.declaredTotal, total) > 0 ? 'mer' : 'mindre'}.`);
    }
  }
}

/** Which side to change, and by how much, for a budget out of balance (`result` = revenues − costs). */
function balanceHint(ctx: CheckContext, result: Numeric, costs: SummedLine[], revenues: SummedLine[]): string {
  const short = String(result).startsWith('-');
  const by = kr(short ? subtractExact(0, result) : result);
  // One line whose amount, with a digit mistyped or two swapped, would balance the budget.
  const cost = suspectLine(costs, result);
  const revenue = suspectLine(revenues, subtractExact(0, result));
  const suspect = cost && !revenue ? cost : revenue && !cost ? revenue : undefined;
  if (suspect) {
    const where = ctx.loaded.sourceMap.locate(suspect.line.path);
    return `Troligen är raden "${suspect.line.label}" på rad ${where.line} felskriven: med ${kr(suspect.corrected)} i stället för ${kr(suspect.line.amount)} går budgeten jämnt ut.`;
  }
  return short ? `Intäkterna ska bli ${by} högre, eller kostnaderna ${by} lägre.` : `Kostnaderna ska bli ${by} högre, eller intäkterna ${by} lägre.`;
}

/** Årsarbetare as plans write them ("3,0"), with every decimal of an exact sum. */
function exactFte(value: Numeric): string {
  const exact = formatExactNumber(value);
  return exact.includes(',') ? exact : formatFte(value);
}

function absolute(value: Numeric): Numeric {
  return String(value).startsWith('-') ? subtractExact(0, value) : value;
}
