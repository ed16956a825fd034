/**
 * One indicator's outcome against its target and baseline (issue 21). The direction is the
 * plan's (`direction`); without it, it is inferred from baseline → target when both exist
 * and differ; otherwise the outcome cannot be judged. A tertial or half year is compared
 * with the target for its year (docs/beslut.md).
 */
import type { GoalModelIndicator } from '../../../schemas';
import type { GoalJudgement } from './follow-up-model';

export type Direction = 'högre är bättre' | 'lägre är bättre';

export interface IndicatorOutcome {
  baseline?: { value: number; year: number };
  target?: { value: number; year: number };
  outcome?: number;
  direction?: Direction;
  /** The direction was inferred from baseline → target, not written in the plan. */
  inferred: boolean;
  /** Whether the outcome reaches the target; undefined when outcome, target or direction is missing. */
  met?: boolean;
}

export function indicatorOutcome(indicator: GoalModelIndicator, year: number, outcome: number | undefined): IndicatorOutcome {
  const baseline = indicator.baseline ? { value: indicator.baseline.value, year: indicator.baseline.year } : undefined;
  const targetValue = indicator.targets?.[String(year)];
  const target = targetValue === undefined ? undefined : { value: targetValue, year };
  let direction: Direction | undefined = indicator.direction;
  let inferred = false;
  if (!direction && baseline) {
    // The plan's nearest target tells where it wants to go when the year's own is missing.
    const anyTarget = target?.value ?? Object.entries(indicator.targets ?? {}).sort(([a], [b]) => a.localeCompare(b)).at(-1)?.[1];
    if (anyTarget !== undefined && anyTarget !== baseline.value) {
      direction = anyTarget > baseline.value ? 'högre är bättre' : 'lägre är bättre';
      inferred = true;
    }
  }
  const met = outcome === undefined || !target || !direction ? undefined : direction === 'högre är bättre' ? outcome >= target.value : outcome <= target.value;
  return { ...(baseline ? { baseline } : {}), ...(target ? { target } : {}), ...(outcome !== undefined ? { outcome } : {}), ...(direction ? { direction } : {}), inferred, ...(met !== undefined ? { met } : {}) };
}

export type Judgement = GoalJudgement;

/**
 * The judgement the indicators suggest for a goal, from those of its indicators that have a
 * target for the year: all met → uppfyllt, some → delvis uppfyllt, none → ej uppfyllt, any
 * without outcome or direction → kan inte bedömas. No indicator with a target: no suggestion.
 */
export function suggestedJudgement(outcomes: readonly IndicatorOutcome[]): { value: Judgement; met: number; missing: number; total: number } | undefined {
  const withTarget = outcomes.filter((o) => o.target !== undefined);
  if (withTarget.length === 0) return undefined;
  const missing = withTarget.filter((o) => o.met === undefined).length;
  const met = withTarget.filter((o) => o.met === true).length;
  const total = withTarget.length;
  const value: Judgement = missing > 0 ? 'kan inte bedömas' : met === total ? 'uppfyllt' : met === 0 ? 'ej uppfyllt' : 'delvis uppfyllt';
  return { value, met, missing, total };
}

/** A scale from 0 (or below, for negative values) to a round number above every value, with 4–6 ticks. */
export function chartScale(values: readonly number[]): { min: number; max: number; ticks: number[] } {
  const lo = Math.min(0, ...values);
  let hi = Math.max(0, ...values);
  if (hi === lo) hi = lo + 1;
  const raw = (hi - lo) / 5;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * magnitude).find((s) => s >= raw)!;
  const min = Math.floor(lo / step) * step;
  const max = Math.ceil(hi / step) * step;
  const ticks: number[] = [];
  for (let v = min; v <= max + step / 1e6; v += step) ticks.push(Number(v.toPrecision(12)));
  return { min, max, ticks };
}
