/**
 * What to change when a declared total does not match its lines: the one line whose amount,
 * with a digit mistyped or two digits swapped, explains the difference; else the total when
 * it looks mistyped; else both choices with the amount to change by.
 */
import { compareExact, subtractExact } from '../../shared/exact-decimal';
import type { PathSegment } from '../../load/field-path';
import type { CheckContext } from '../check-context';

export interface SummedLine { label: string; amount: number | string; path: readonly PathSegment[] }

/** True when `b` is `a` with one digit changed, one digit added or left out, or two neighbours swapped. */
export function looksMistyped(a: string, b: string): boolean {
  if (a === b) return false;
  if (a.length === b.length) {
    const differ = [...a].flatMap((c, i) => (c === b[i] ? [] : [i]));
    if (differ.length === 1) return true;
    return differ.length === 2 && differ[1] === differ[0]! + 1 && a[differ[0]!] === b[differ[1]!] && a[differ[1]!] === b[differ[0]!];
  }
  const [shorter, longer] = a.length < b.length ? [a, b] : [b, a];
  if (longer.length - shorter.length !== 1) return false;
  for (let i = 0; i < longer.length; i++) if (longer.slice(0, i) + longer.slice(i + 1) === shorter) return true;
  return false;
}

const digits = (value: number | string) => String(value).replace(/^-/, '');

/** The one line among `lines` that, changed by `change`, is a typo away from what is written; undefined when none or several are. */
export function suspectLine(lines: readonly SummedLine[], change: number | string): { line: SummedLine; corrected: string } | undefined {
  const fits = lines.flatMap((line) => {
    const corrected = subtractExact(line.amount, subtractExact(0, change));
    const sameSign = !corrected.startsWith('-') === !String(line.amount).startsWith('-');
    return sameSign && looksMistyped(digits(line.amount), digits(corrected)) ? [{ line, corrected }] : [];
  });
  return fits.length === 1 ? fits[0] : undefined;
}

/**
 * One Swedish sentence (with a leading space) saying what to change. `show` formats an
 * amount with its unit ("3 369 000 kr").
 */
export function sumHint(ctx: CheckContext, declared: number | string, computed: number | string, lines: readonly SummedLine[], show: (value: number | string) => string): string {
  const difference = subtractExact(declared, computed);
  const more = compareExact(difference, 0) > 0;
  const by = show(more ? difference : subtractExact(0, difference));
  // A single line whose corrected amount is a typo away from what is written.
  const suspect = suspectLine(lines, difference);
  if (suspect && !looksMistyped(digits(declared), digits(computed))) {
    const { line, corrected } = suspect;
    const where = ctx.loaded.sourceMap.locate(line.path);
    return ` Troligen är raden "${line.label}" på rad ${where.line} felskriven: med ${show(corrected)} i stället för ${show(line.amount)} stämmer summan. Annars ska summan vara ${show(computed)}.`;
  }
  if (looksMistyped(digits(declared), digits(computed))) {
    return ` Summan ser felskriven ut: ändra den till ${show(computed)}.`;
  }
  return ` Ändra summan till ${show(computed)}, eller ändra raderna så att de tillsammans blir ${by} ${more ? 'mer' : 'mindre'}.`;
}
