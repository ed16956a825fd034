/**
 * Swedish formatting, used by the site, the PDF and the messages alike:
 * "2 544 000 kr", "37,35", "50 %", "24 januari 2020", "2021–2023".
 */
import { MONTHS } from '../../schemas/primitives';
import type { Decimal } from './exact-decimal';

const integerFormat = new Intl.NumberFormat('sv-SE', { maximumFractionDigits: 0 });
const decimalFormat = new Intl.NumberFormat('sv-SE', { maximumFractionDigits: 2 });
/** All the decimals there are (Intl stops at 100), for messages comparing exact values. */
const exactFormat = new Intl.NumberFormat('sv-SE', { maximumFractionDigits: 100 });

/**
 * A number, or an exact decimal string from shared/exact-decimal.ts. Intl formats a
 * decimal string exactly (no detour through a double), so rounding happens once, here.
 */
export type Numeric = number | Decimal;

const intlValue = (value: Numeric) => (typeof value === 'number' ? value : (value as Intl.StringNumericLiteral));

/** Thousands separated by a no-break space, minus sign as U+2212 (Intl's choice for sv-SE). */
export function formatAmount(amount: Numeric): string {
  return integerFormat.format(intlValue(amount));
}

export function formatKronor(amount: Numeric): string {
  return `${formatAmount(amount)}\u00a0kr`;
}

/** Full-time equivalents with a decimal comma: 37,35; 3 → "3,0" as plans write it. */
export function formatFte(value: Numeric): string {
  const shown = decimalFormat.format(intlValue(value));
  return /^[−-]?[\d\u00a0]+$/.test(shown) ? `${shown},0` : shown;
}

export function formatPercent(value: Numeric): string {
  return `${decimalFormat.format(intlValue(value))}\u00a0%`;
}

export function formatNumber(value: Numeric): string {
  return decimalFormat.format(intlValue(value));
}

/** Every decimal, unrounded: for messages where a rounded value could hide the difference. */
export function formatExactNumber(value: Numeric): string {
  return exactFormat.format(intlValue(value));
}

/** "2020-01-24" → "24 januari 2020". */
export function formatDateLong(isoDate: string): string {
  const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number];
  return `${day} ${MONTHS[month - 1]} ${year}`;
}

/** "2020-01-24" → "24 januari" (for the annual wheel, whose year is known). */
export function formatDayAndMonth(isoDate: string): string {
  const [, month, day] = isoDate.split('-').map(Number) as [number, number, number];
  return `${day} ${MONTHS[month - 1]}`;
}

export function formatPeriod(period: { start: number; end?: number | undefined }): string {
  return period.end !== undefined && period.end !== period.start ? `${period.start}–${period.end}` : String(period.start);
}

/** Swedish collation: å, ä, ö after z. */
export const swedishCollator = new Intl.Collator('sv-SE', { sensitivity: 'base' });

export function sortSwedish<T>(items: readonly T[], key: (item: T) => string): T[] {
  return [...items].sort((a, b) => swedishCollator.compare(key(a), key(b)));
}

/** A measured value with its unit after a no-break space: "85 %", "12,5 dagar"; bare without a unit. */
export function formatMeasure(value: Numeric, unit?: string): string {
  const shown = formatNumber(value);
  return unit ? `${shown}\u00a0${unit}` : shown;
}
