/**
 * Exact decimal arithmetic for sums. A plan's numbers arrive as JavaScript doubles, and
 * 0.1 + 0.2 is not 0.3 in doubles; each number is therefore taken as the decimal its
 * shortest round-trip text names (`String(n)`), which is exactly what the author wrote
 * for any number of up to 15 significant digits, and summed as an integer of its
 * smallest unit (BigInt). Results are canonical decimal strings ("100", "0.31",
 * "-409198"): exact, JSON-safe for the model cache, and formatted exactly by Intl.
 */

/** A canonical decimal string: optional "-", no exponent, no leading or trailing zeros. */
export type Decimal = string;

interface Scaled {
  units: bigint;
  /** Number of decimals: the value is units / 10^scale. */
  scale: number;
}

const DECIMAL_TEXT = /^(-?)(\d+)(?:\.(\d+))?(?:e([+-]?\d+))?$/i;

function scaled(value: number | Decimal): Scaled {
  if (typeof value === 'number' && !Number.isFinite(value)) throw new RangeError(`Not a finite number: ${value}`);
  const match = DECIMAL_TEXT.exec(String(value));
  if (!match) throw new RangeError(`Not a decimal number: ${String(value)}`);
  const [, sign, whole, fraction = '', exponent = '0'] = match;
  let digits = whole! + fraction;
  let scale = fraction.length - Number(exponent);
  if (scale < 0) {
    digits += '0'.repeat(-scale);
    scale = 0;
  }
  const units = BigInt(digits);
  return { units: sign ? -units : units, scale };
}

function rescale(value: Scaled, scale: number): bigint {
  return value.units * 10n ** BigInt(scale - value.scale);
}

function canonical({ units, scale }: Scaled): Decimal {
  const digits = (units < 0n ? -units : units).toString().padStart(scale + 1, '0');
  const whole = digits.slice(0, digits.length - scale);
  const fraction = digits.slice(digits.length - scale).replace(/0+$/, '');
  const magnitude = fraction ? `${whole}.${fraction}` : whole;
  return units < 0n ? `-${magnitude}` : magnitude;
}

/** The exact sum of the numbers as written. */
export function sumExact(values: readonly (number | Decimal)[]): Decimal {
  const terms = values.map(scaled);
  const scale = Math.max(0, ...terms.map((t) => t.scale));
  return canonical({ units: terms.reduce((total, term) => total + rescale(term, scale), 0n), scale });
}

/** a − b, exactly. */
export function subtractExact(a: number | Decimal, b: number | Decimal): Decimal {
  const x = scaled(a);
  const y = scaled(b);
  const scale = Math.max(x.scale, y.scale);
  return canonical({ units: rescale(x, scale) - rescale(y, scale), scale });
}

/** Exact comparison: negative, zero or positive like a sort comparator. */
export function compareExact(a: number | Decimal, b: number | Decimal): number {
  const x = scaled(a);
  const y = scaled(b);
  const scale = Math.max(x.scale, y.scale);
  const difference = rescale(x, scale) - rescale(y, scale);
  return difference < 0n ? -1 : difference > 0n ? 1 : 0;
}

export function equalExact(a: number | Decimal, b: number | Decimal): boolean {
  return compareExact(a, b) === 0;
}

/** The canonical decimal of one number, e.g. for publishing it beside exact sums. */
export function decimalOf(value: number | Decimal): Decimal {
  return canonical(scaled(value));
}
